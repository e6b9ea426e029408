# Drives %-formatting to exhaustion: s = '%s%s' % (s, s), then '%s|%r' % (s, s), each growing s.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

s = 'xy'
caught = False
try:
    for i in range(40):
        s = '%s%s' % (s, s)
except MemoryError:
    caught = True
print('%s%s: MemoryError caught:', caught)
print('string intact:', s[:6] == 'xyxyxy')
s = None
gc.collect()
s = 'q'
caught = False
try:
    for i in range(40):
        s = '%s|%r' % (s, s)
except MemoryError:
    caught = True
print('%s|%r: MemoryError caught:', caught)
s = None
gc.collect()
print('alive:', '%5s|%-3d|%x|%.2f' % ('ab', 7, 255, 2.5))
