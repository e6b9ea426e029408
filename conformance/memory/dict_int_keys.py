# Drives dict growth to exhaustion: int keys inserted one at a time until a rehash cannot allocate.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

d = {}
caught = False
try:
    for i in range(10000000):
        d[i] = i
except MemoryError:
    caught = True
print('MemoryError caught:', caught)
print('entries intact:', d[0] == 0 and d[50] == 50 and len(d) > 50)
d = None
gc.collect()
d = {}
for i in range(50):
    d[i] = i * i
print('alive:', d[49], len(d))
