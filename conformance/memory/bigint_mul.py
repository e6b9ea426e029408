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

def drive(x, step):
    fill = squeeze(2048)
    try:
        for i in range(100000):
            x = step(x)
    except MemoryError:
        return True

print('x *= k: MemoryError caught:', drive(1, lambda x: x * 1000003))
gc.collect()
print('x * x: MemoryError caught:', drive(12345678901234567890, lambda x: x * x))
gc.collect()
f = 1
for i in range(1, 31):
    f *= i
print('alive:', f)
