# Drives str.center, ljust and rjust to exhaustion: padding to a width that doubles.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

s = None
for name in ('center', 'ljust', 'rjust'):
    pad = getattr('mid', name)
    n = 64
    caught = False
    try:
        while n < 1 << 30:
            s = pad(n)
            n *= 2
    except MemoryError:
        caught = True
    s = None
    gc.collect()
    print(name, 'MemoryError caught:', caught)
print('alive:', repr('ab'.center(6)), repr('ab'.ljust(4, '*')), repr('ab'.rjust(4)))
