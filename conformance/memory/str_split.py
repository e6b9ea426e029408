# Drives str.split to exhaustion: split(' ') and split(',') of ever longer strings of short words.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

def grow():
    n = 16
    try:
        while n < 1 << 30:
            s = ' '.join(['ab', 'cde'] * n)
            parts = s.split(' ')
            parts = s.replace(' ', ',').split(',')
            n *= 2
    except MemoryError:
        s = None
        return parts[0] == 'ab' and parts[1] == 'cde'

print("MemoryError caught, last split intact:", grow())
gc.collect()
print('alive:', 'a,b,,c'.split(','), 'k=v=w'.rsplit('=', 1), 'a b'.split(' '))
