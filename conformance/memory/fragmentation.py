# Drives a fragmented heap to exhaustion: 512-byte and small blocks interleaved until full, the big ones freed, then one 2 KB request.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

node = None
pairs = 0
try:
    for i in range(10000000):
        node = [bytearray(512), bytearray(8), node]
        pairs += 1
except MemoryError:
    pass
try:
    for i in range(10000000):
        node = [None, bytearray(8), node]
except MemoryError:
    pass
print('heap filled, many pairs:', pairs > 8)
n = node
while n:
    n[0] = None
    n = n[2]
gc.collect()
print('free exceeds the request:', gc.mem_free() > 2048)
try:
    big = bytearray(2048)
    print('2 KB in a fragmented heap: allocated')
except MemoryError:
    print('2 KB in a fragmented heap: MemoryError caught')
big = n = node = None
gc.collect()
big = bytearray(2048)
print('alive: 2 KB after freeing the small blocks:', len(big))
