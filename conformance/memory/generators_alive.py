# Drives live generators to exhaustion: started generator objects, each with its own frame, kept in a list.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

def counter(start):
    n = start
    while True:
        yield n
        n += 1

keep = []
caught = False
try:
    for i in range(10000000):
        g = counter(i)
        next(g)
        keep.append(g)
except MemoryError:
    caught = True
g = None
print('MemoryError caught:', caught)
print('generators resume:', next(keep[0]) == 1 and next(keep[5]) == 6)
keep = None
gc.collect()
g = counter(10)
print('alive:', [next(g) for i in range(3)], list(x * 2 for x in range(4)))
