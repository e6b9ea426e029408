# Drives bytearray growth to exhaustion: extend() by 256 bytes at a time, then bytearray(n) with n doubling.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

chunk = bytes(range(256))
ba = bytearray()
caught = False
try:
    for i in range(1000000):
        ba.extend(chunk)
except MemoryError:
    caught = True
print('extend: MemoryError caught:', caught)
print('contents intact:', ba[255] == 255 and ba[256] == 0 and len(ba) % 256 == 0)
ba = None
gc.collect()
keep = []
n = 64
caught = False
try:
    while n < 1 << 40:
        keep.append(bytearray(n))
        n *= 2
except MemoryError:
    caught = True
print('bytearray(n): MemoryError caught:', caught)
keep = None
gc.collect()
ba = bytearray(b'abc')
ba.extend(b'def')
ba[0] = 65
print('alive:', ba, len(bytearray(1000)))
