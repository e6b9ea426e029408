# Drives argument passing to exhaustion: f(*l) and f(1, 2, *l) with l doubling.
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
print('alive:', f(1, 2, *[3, 4]), f(*range(10)))
