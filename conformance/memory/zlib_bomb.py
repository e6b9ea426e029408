# Drives uzlib.decompress to exhaustion: raw deflate streams of n 258-byte repeats (13 bits each), n doubling.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc
import uzlib

def bomb(n):
    bits = [1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0] + [1, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0] * n + [0] * 7
    out = bytearray(len(bits) // 8 + 1)
    for i in range(len(bits)):
        out[i >> 3] |= bits[i] << (i & 7)
    return out

out = None
n = 1
caught = False
try:
    while n < 1 << 24:
        out = uzlib.decompress(bomb(n), -15)
        n *= 2
except MemoryError:
    caught = True
print('MemoryError caught:', caught)
out = None
gc.collect()
out = uzlib.decompress(bomb(3), -15)
print('alive:', len(out), out == bytes(775))
