# Drives argument passing to exhaustion: f(*l) and f(**d) with ever larger l and d.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

def f(*args, **kwargs):
    return len(args) + len(kwargs)

n = 16
caught = False
try:
    while n < 1 << 30:
        l = [0] * n
        f(*l)
        f(1, 2, *l)
        n *= 2
except MemoryError:
    caught = True
l = None
gc.collect()
print('f(*l): MemoryError caught:', caught)
d = {}
caught = False
try:
    for i in range(10000000):
        d['k%d' % i] = i
        if i & (i - 1) == 0:
            f(**d)
except MemoryError:
    caught = True
d = None
gc.collect()
print('f(**d): MemoryError caught:', caught)
print('alive:', f(1, 2, *[3, 4], **{'a': 5}))
