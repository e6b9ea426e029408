# Drives ujson.loads to exhaustion: parsing ever longer JSON arrays of small objects into new lists and dicts.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc
import ujson

text = data = None
n = 4
caught = False
try:
    while n < 1 << 30:
        text = ''.join(['[', ','.join(['{"a": [1, 2, 3], "b": "xy"}'] * n), ']'])
        data = ujson.loads(text)
        n *= 2
except MemoryError:
    caught = True
print('MemoryError caught:', caught)
print('last data intact:', data is None or data[0] == {'a': [1, 2, 3], 'b': 'xy'})
text = data = None
gc.collect()
print('alive:', ujson.loads('{"k": [1, 2.5, null, true, "s"]}'))
