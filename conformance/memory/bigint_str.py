# Drives str() of a big int to exhaustion: the 846 digits of 7 ** 1000 with only a 256-byte reserve left.
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

x = 7 ** 1000
print('digits:', len(str(x)))
s = fill = None
caught = 0
for conv in (str, repr, lambda v: '%d' % v, lambda v: '{}'.format(v), hex):
    fill = squeeze(256)
    try:
        s = conv(x)
    except MemoryError:
        caught += 1
    s = None
    fill = None
    gc.collect()
print('MemoryError caught by str, repr, %d, format, hex:', caught == 5)
print('alive:', str(x)[:12], str(x)[-12:])
