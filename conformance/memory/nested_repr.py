# Drives repr(), str() and ujson.dumps() to exhaustion: a = [a, a] thirty times shares its levels but prints 2 ** 30 leaves.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc
import ujson

def convert(name, a):
    for conv in (repr, str, ujson.dumps):
        try:
            conv(a)
            print(name, 'converted')
        except MemoryError:
            print(name, 'MemoryError caught')

a = 1
for i in range(30):
    a = [a, a]
convert('list', a)
a = 1
for i in range(30):
    a = {'k': a, 'j': a}
convert('dict', a)
a = None
gc.collect()
b = [1]
for i in range(3):
    b = [b, b]
print('alive:', repr(b), ujson.dumps({'a': [[1]]}))
