# Drives str.format to exhaustion: s = '{}{}'.format(s, s) and '{0}{0}{0}'.format(s), each growing s.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

s = 'ab'
caught = False
try:
    for i in range(40):
        s = '{}{}'.format(s, s)
except MemoryError:
    caught = True
print('{}{}: MemoryError caught:', caught)
print('string intact:', s[:6] == 'ababab')
s = None
gc.collect()
s = 'xyz'
caught = False
try:
    for i in range(40):
        s = '{0}-{0}-{0}'.format(s)
except MemoryError:
    caught = True
print('{0}-{0}-{0}: MemoryError caught:', caught)
s = None
gc.collect()
print('alive:', '{:>6}|{:<4}|{:^5}|{:08.3f}'.format('ab', 1, 'c', 3.14159))
