# Drives int() of a long digit string to exhaustion: int('123456789' * 100) with only a 128-byte reserve left.
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

digits = '123456789' * 100
print('parsed before:', int(digits) % 1000003)
v = fill = None
fill = squeeze(128)
caught = False
try:
    v = int(digits)
except MemoryError:
    caught = True
v = None
fill = None
gc.collect()
print('int(digits): MemoryError caught:', caught)
fill = squeeze(128)
caught = False
try:
    v = int(digits, 16)
except MemoryError:
    caught = True
v = None
fill = None
gc.collect()
print('int(digits, 16): MemoryError caught:', caught)
print('alive:', int(digits) % 1000003, int(digits[:20]))
