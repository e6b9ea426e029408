# Drives the call stack to exhaustion with generators: an endless yield from chain and a for loop over itself (RuntimeError).
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

def chain(n):
    yield from chain(n + 1)

def nested(n):
    for x in nested(n + 1):
        yield x

for name, make in (('yield from', lambda: chain(0)), ('for loop', lambda: nested(0))):
    g = make()
    try:
        for x in g:
            pass
        print(name, 'ended')
    except RuntimeError as e:
        print(name, 'RuntimeError:', e)
    g = None
    gc.collect()

def count(n):
    for i in range(n):
        yield i
print('alive:', list(count(5)), sum(x * x for x in count(10)))
