# Drives big-int power to exhaustion: with the heap filled but for a 2 KB reserve, 3 ** n and pow() with n doubling.
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

small = 3 ** 50
print('3 ** 50 =', small)
x = fill = None
fill = squeeze(2048)
caught = False
n = 64
try:
    while n < 1 << 30:
        x = 3 ** n
        n *= 2
except MemoryError:
    caught = True
x = None
fill = None
gc.collect()
print('3 ** n: MemoryError caught:', caught)
fill = squeeze(2048)
caught = False
n = 64
try:
    while n < 1 << 30:
        x = pow(7, n)
        n *= 2
except MemoryError:
    caught = True
x = None
fill = None
gc.collect()
print('pow(7, n): MemoryError caught:', caught)
print('alive:', 3 ** 50 == small, pow(3, 100, 1000), 2 ** 70)
