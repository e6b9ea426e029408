# Drives a dict with string keys to exhaustion: a new key string and entry per step.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

d = {}
caught = False
try:
    for i in range(10000000):
        d['key%d' % i] = i
except MemoryError:
    caught = True
print('MemoryError caught:', caught)
print('entries intact:', d['key0'] == 0 and d['key25'] == 25)
d = None
gc.collect()
d = {}
for w in 'the quick brown fox jumps over the lazy dog'.split():
    d[w] = d.get(w, 0) + 1
print('alive:', sorted(d.items()))
