# Drives the interned-name pool to exhaustion: getattr(), then setattr(), with ever new names (each interned for good).
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

class Box:
    pass

def drive(name, use):
    made = 0
    try:
        for i in range(10000000):
            use('%s_name_%d' % (name, i))
            made += 1
    except MemoryError:
        print(name, 'MemoryError caught: True')
    return made

made = drive('getattr', lambda n: getattr(Box, n, None))
gc.collect()
drive('setattr', lambda n: setattr(Box(), n, 1))
gc.collect()
print('getattr interned many names:', made > 50)
b = Box()
b.value = 41
print('alive:', b.value + 1, getattr(b, 'getattr_name_3', 'absent'))
