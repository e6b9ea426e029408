# Drives list.append to exhaustion: one list grows an item at a time until its array cannot grow.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

l = []
caught = False
try:
    for i in range(10000000):
        l.append(i)
except MemoryError:
    caught = True
print('MemoryError caught:', caught)
print('items kept:', len(l) > 100 and l[100] == 100)
l = None
gc.collect()
l = []
for i in range(100):
    l.append(i * i)
print('alive:', sum(l))
