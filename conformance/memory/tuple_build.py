# Drives tuple building to exhaustion: tuple(range(n)) with n doubling, then t = t + t.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

keep = []
n = 16
caught = False
try:
    while n < 1 << 30:
        keep.append(tuple(range(n)))
        n *= 2
except MemoryError:
    caught = True
print('tuple(range(n)): MemoryError caught:', caught)
keep = None
gc.collect()
t = (1, 2, 3)
caught = False
try:
    for i in range(40):
        t = t + t
except MemoryError:
    caught = True
print('t + t: MemoryError caught:', caught)
print('tuple intact:', t[:3] == (1, 2, 3))
t = None
gc.collect()
print('alive:', tuple(i * i for i in range(6)))
