# Drives copies of a big list to exhaustion: list(l), l[:], sorted(l) and reversed copies, l doubling.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

def drive(name, copy):
    l = [3, 1, 2]
    try:
        for i in range(40):
            l.extend(copy(l))
    except MemoryError:
        return True
    return False

def run(name, copy):
    caught = drive(name, copy)
    gc.collect()
    print(name, 'MemoryError caught:', caught)

run('list', list)
run('slice', lambda l: l[:])
run('sorted', sorted)
run('reversed', lambda l: list(reversed(l)))
print('alive:', sorted([5, 3, 9, 1]), [1, 2, 3][::-1])
