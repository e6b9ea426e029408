# Drives array.array growth to exhaustion: an 'i' array extended 64 items at a time, then appended to.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc
import array

chunk = array.array('i', range(64))
a = array.array('i')
caught = False
try:
    for i in range(1000000):
        a.extend(chunk)
except MemoryError:
    caught = True
print('extend: MemoryError caught:', caught)
print('items intact:', a[63] == 63 and a[64] == 0)
a = None
gc.collect()
a = array.array('d')
caught = False
try:
    for i in range(10000000):
        a.append(i)
except MemoryError:
    caught = True
print('append: MemoryError caught:', caught)
a = None
gc.collect()
print('alive:', list(array.array('h', [1, -2, 3])))
