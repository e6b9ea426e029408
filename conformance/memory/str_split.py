# Drives str.split to exhaustion: split(' ') and split(',') of ever longer strings, then split() with a 256-byte reserve.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

def squeeze(reserve):
    r = bytearray(reserve)
    fill = None
    size = 1 << 16
    while size >= 16:
        try:
            fill = [bytearray(size), fill]
        except MemoryError:
            size //= 2
    r = None
    gc.collect()
    return fill

s = parts = fill = None
n = 16
caught = False
try:
    while n < 1 << 30:
        s = ' '.join(['ab', 'cde'] * n)
        parts = s.split(' ')
        parts = s.replace(' ', ',').split(',')
        n *= 2
except MemoryError:
    caught = True
print("split(' '), split(','): MemoryError caught:", caught)
print('last split intact:', parts is None or parts[:3] == ['ab', 'cde', 'ab'])
s = parts = None
gc.collect()
s = ' '.join(['ab', 'cde'] * 100)
fill = squeeze(256)
caught = False
try:
    parts = s.split()
except MemoryError:
    caught = True
parts = fill = None
gc.collect()
print('split(): MemoryError caught:', caught)
print('alive:', len(s.split()), 'a,b,,c'.split(','), ' x  y '.split(), 'k=v=w'.rsplit('=', 1))
