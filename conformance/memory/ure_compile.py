# Drives ure.compile to exhaustion: literal, alternation and class patterns whose length doubles.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc
import ure

r = pattern = None
for piece in ('ab', '(a|b)', '[a-f]x*'):
    n = 8
    caught = False
    try:
        while n < 1 << 30:
            pattern = ''.join([piece] * n)
            r = ure.compile(pattern)
            n *= 2
    except MemoryError:
        caught = True
    r = pattern = None
    gc.collect()
    print(repr(piece), 'MemoryError caught:', caught)
r = ure.compile('([a-z]+)=([0-9]+)')
m = r.match('width=42')
print('alive:', m.group(1), m.group(2), ure.search('b+', 'aabbbc').group(0))
