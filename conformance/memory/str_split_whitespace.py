# Drives str.split() on whitespace to exhaustion: 200 words split with only a 256-byte reserve left.
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

def whitespace(s):
    fill = squeeze(256)
    try:
        s.split()
    except MemoryError:
        return True

s = ' '.join(['ab', 'cde'] * 100)
print('split(): MemoryError caught:', whitespace(s))
gc.collect()
print('alive:', len(s.split()), ' x  y '.split(), 'a\tb\nc'.split())
