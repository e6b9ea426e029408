# Drives exceptions to exhaustion: raised and caught in a loop, each instance kept with its arguments and traceback.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

def fail(i):
    raise ValueError('bad value', i)

keep = []
caught = False
try:
    for i in range(10000000):
        try:
            fail(i)
        except ValueError as e:
            keep.append(e)
except MemoryError:
    caught = True
print('MemoryError caught:', caught)
print('exceptions intact:', keep[2].args == ('bad value', 2))
keep = None
gc.collect()
try:
    fail(7)
except ValueError as e:
    print('alive:', repr(e), e.args[1])
