# Drives the call stack to exhaustion: recursion through keyword arguments, **kwargs and a closure calling itself (RuntimeError).
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit

def run(name, start):
    try:
        start()
        print(name, 'returned')
    except RuntimeError as e:
        print(name, 'RuntimeError:', e)

def keywords(n, step=1, **extra):
    return keywords(n=n + step, step=step, depth=n)
run('keywords', lambda: keywords(0))

def outer():
    def inner(n):
        return inner(n + 1)
    return inner
run('closure', lambda: outer()(0))

def adder(k):
    return lambda x: x + k
print('alive:', adder(2)(40), keywords.__name__)
