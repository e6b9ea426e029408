# Drives big-int shifts to exhaustion: 1 << n with n doubling, then x << n on a kept big int.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

n = 64
caught = False
try:
    while n < 1 << 40:
        x = 1 << n
        n *= 2
except MemoryError:
    caught = True
x = None
gc.collect()
print('1 << n: MemoryError caught:', caught)
x = (1 << 1000) - 1
keep = []
caught = False
try:
    for i in range(40):
        keep.append(x)
        x = x << (1000 << i)
except MemoryError:
    caught = True
keep = x = None
gc.collect()
print('x << n, kept: MemoryError caught:', caught)
print('alive:', (1 << 100) >> 90, ((1 << 200) - 1) >> 190)
