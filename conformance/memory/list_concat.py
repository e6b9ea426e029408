# Drives list concatenation to exhaustion: l = l + l, then l += l, each doubling the list.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

l = [1, 2, 3, 4]
caught = False
try:
    for i in range(40):
        l = l + l
except MemoryError:
    caught = True
print('l + l: MemoryError caught:', caught)
print('list intact:', l[-4:] == [1, 2, 3, 4])
l = None
gc.collect()
l = [5, 6]
caught = False
try:
    for i in range(40):
        l += l
except MemoryError:
    caught = True
print('l += l: MemoryError caught:', caught)
l = None
gc.collect()
print('alive:', [1, 2] + [3] * 3)
