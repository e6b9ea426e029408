# Drives live closures to exhaustion: each call makes a closure over its own cell, all of them kept in a list.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

def make(n):
    total = [n]
    def add(k):
        total[0] += k
        return total[0]
    return add

keep = []
caught = False
try:
    for i in range(10000000):
        keep.append(make(i))
except MemoryError:
    caught = True
print('MemoryError caught:', caught)
print('closures keep their cells:', keep[3](10) == 13 and keep[3](1) == 14 and keep[4](0) == 4)
keep = None
gc.collect()
adders = [make(i * 100) for i in range(3)]
print('alive:', [f(1) for f in adders], (lambda x: lambda y: x + y)(2)(3))
