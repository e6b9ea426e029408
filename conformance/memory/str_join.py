# Drives str.join to exhaustion: ','.join of ever longer lists of a 40-character string.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

piece = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN'
s = None
n = 4
caught = False
try:
    while n < 1 << 30:
        s = ','.join([piece] * n)
        n *= 2
except MemoryError:
    caught = True
print('MemoryError caught:', caught)
print('last join intact:', s[41:81] == piece)
s = None
gc.collect()
print('alive:', '-'.join(['a', 'b', 'c']), ''.join(str(i) for i in range(10)))
