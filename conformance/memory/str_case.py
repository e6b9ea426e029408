# Drives str.upper and str.lower to exhaustion: a string doubling by join, with its upper and lower copies kept.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

s = 'Hello, World! '
u = l = None
caught = False
try:
    for i in range(40):
        s = ''.join([s, s])
        u = s.upper()
        l = u.lower()
except MemoryError:
    caught = True
print('MemoryError caught:', caught)
print('copies intact:', u is None or u.startswith('HELLO, WORLD!'))
s = u = l = None
gc.collect()
print('alive:', 'MicroPython'.upper(), 'MicroPython'.lower())
