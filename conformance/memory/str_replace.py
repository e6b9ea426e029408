# Drives str.replace to exhaustion: each replace doubles every 'a', until the result cannot be allocated.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

s = 'abc' * 4
caught = False
try:
    for i in range(40):
        s = s.replace('a', 'aa')
except MemoryError:
    caught = True
print('MemoryError caught:', caught)
print('string intact:', s.endswith('abc') and s.count('b') == 4)
s = None
gc.collect()
print('alive:', 'hello world'.replace('o', '0'), 'aaa'.replace('a', 'bc', 2))
