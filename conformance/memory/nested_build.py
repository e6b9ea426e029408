# Drives deep nesting of data to exhaustion: a = [a], {0: a} and (a, 1) until no level fits, then collects the chains.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

def build(wrap):
    a = None
    depth = 0
    try:
        for i in range(10000000):
            a = wrap(a)
            depth += 1
    except MemoryError:
        return depth
    return -1

for name, wrap in (('list', lambda a: [a]), ('dict', lambda a: {0: a}), ('tuple', lambda a: (a, 1))):
    depth = build(wrap)
    gc.collect()
    print(name, 'MemoryError caught:', depth >= 0, 'deep:', depth > 100)
a = [[[1, 2], [3]], {'k': ([4],)}]
print('alive:', a, a[1]['k'][0][0])
