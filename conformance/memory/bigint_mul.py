# Drives big-int multiplication to exhaustion: with a 2 KB reserve left, x *= k and x = x * x until one fails.
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

x = fill = None
fill = squeeze(2048)
x = 1
caught = False
try:
    for i in range(100000):
        x *= 1000003
except MemoryError:
    caught = True
x = None
fill = None
gc.collect()
print('x *= k: MemoryError caught:', caught)
fill = squeeze(2048)
x = 12345678901234567890
caught = False
try:
    for i in range(40):
        x = x * x
except MemoryError:
    caught = True
x = None
fill = None
gc.collect()
print('x * x: MemoryError caught:', caught)
f = 1
for i in range(1, 31):
    f *= i
print('alive:', f)
