# Drives big-int power to exhaustion: with the heap filled but for a 2 KB reserve, 3 ** n and pow(7, n) with n doubling.
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

def drive(power):
    fill = squeeze(2048)
    n = 64
    try:
        while n < 1 << 30:
            x = power(n)
            n *= 2
    except MemoryError:
        return True

small = 3 ** 50
print('3 ** 50 =', small)
print('3 ** n: MemoryError caught:', drive(lambda n: 3 ** n))
gc.collect()
print('pow(7, n): MemoryError caught:', drive(lambda n: pow(7, n)))
gc.collect()
print('alive:', 3 ** 50 == small, pow(3, 100, 1000), 2 ** 70)
