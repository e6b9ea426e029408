# Drives copies of a big list to exhaustion: list(l), l[:], sorted(l) and reversed copies, l doubling.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

results = []
for name, copy in (('list', list), ('slice', lambda l: l[:]), ('sorted', sorted),
                   ('reversed', lambda l: list(reversed(l)))):
    l = [3, 1, 2]
    caught = False
    try:
        for i in range(40):
            c = copy(l)
            l.extend(c)
    except MemoryError:
        caught = True
    l = c = None
    gc.collect()
    print(name, 'MemoryError caught:', caught)
print('alive:', sorted([5, 3, 9, 1]), [1, 2, 3][::-1])
