# Drives an allocation to exhaustion three calls deep: finally blocks and __exit__ run as the MemoryError unwinds.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

log = []

class Guard:
    def __enter__(self):
        log.append('enter')
        return self
    def __exit__(self, kind, value, tb):
        log.append('exit ' + kind.__name__)
        return False

def grow():
    keep = []
    for i in range(40):
        keep.append(bytearray(1024 << i))

def middle():
    try:
        with Guard():
            grow()
    finally:
        log.append('finally')

try:
    middle()
    print('no error')
except MemoryError:
    print('MemoryError caught')
print('unwound:', log)
gc.collect()
print('alive:', [bytearray(100) for i in range(3)][2][99])
