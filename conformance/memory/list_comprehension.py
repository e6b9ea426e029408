# Drives list comprehensions to exhaustion: ever larger comprehensions, each result kept alive.
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
        keep.append([i * 2 for i in range(n)])
        n *= 2
except MemoryError:
    caught = True
print('MemoryError caught:', caught)
print('first list intact:', keep[0] == [i * 2 for i in range(16)])
keep = None
gc.collect()
print('alive:', sum([i for i in range(100) if i % 3 == 0]))
