# Drives the RAM filesystem to exhaustion: one file written 256 bytes at a time until the heap holding it is full.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc
import uos

line = 'x' * 255 + '\n'
f = open('memfull.txt', 'w')
caught = False
try:
    for i in range(1000000):
        f.write(line)
except MemoryError:
    caught = True
f.close()
print('MemoryError caught:', caught)
print('file kept its lines:', uos.stat('memfull.txt')[6] % 256 == 0)
f = open('memfull.txt')
print('first line intact:', f.readline() == line)
f.close()
f = None
uos.remove('memfull.txt')
gc.collect()
print('removed:', 'memfull.txt' not in uos.listdir())
with open('memok.txt', 'w') as f:
    f.write('hello\n')
with open('memok.txt') as f:
    print('alive:', repr(f.read()))
uos.remove('memok.txt')
