# Drives set.add to exhaustion: one set grows an element at a time until its table cannot grow.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

s = set()
caught = False
try:
    for i in range(10000000):
        s.add(i)
except MemoryError:
    caught = True
print('MemoryError caught:', caught)
print('elements intact:', 0 in s and 50 in s)
s = None
gc.collect()
a = set(range(0, 100, 2))
b = set(range(0, 100, 3))
print('alive:', len(a | b), len(a & b), sorted(a & b)[:5])
