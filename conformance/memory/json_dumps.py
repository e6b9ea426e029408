# Drives ujson.dumps to exhaustion: a list holding one small dict n times, n doubling, dumped to ever longer text.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc
import ujson

item = {'name': 'sensor', 'values': [1, 2.5, None, True], 'ok': False}
text = None
n = 4
caught = False
try:
    while n < 1 << 30:
        text = ujson.dumps([item] * n)
        n *= 2
except MemoryError:
    caught = True
print('MemoryError caught:', caught)
print('last text intact:', text is None or text.startswith('[{'))
text = None
gc.collect()
print('alive:', ujson.loads(ujson.dumps(item)) == item, ujson.dumps([1, 'a', [None]]))
