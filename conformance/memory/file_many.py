# Drives the RAM filesystem to exhaustion with many small files, then removes every one of them.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc
import uos

def write_files():
    made = 0
    try:
        for i in range(1000000):
            with open('mf%d.txt' % i, 'w') as f:
                f.write('file %d' % i)
            made += 1
    except MemoryError:
        print('MemoryError caught: True many:', made > 10)
    return made

made = write_files()
gc.collect()
print('file intact:', open('mf3.txt').read() == 'file 3')
for i in range(made + 1):
    try:
        uos.remove('mf%d.txt' % i)
    except OSError:
        pass
gc.collect()
print('all removed:', [n for n in uos.listdir() if n.startswith('mf')])
open('mf.txt', 'w').write('ok')
print('alive:', open('mf.txt').read())
uos.remove('mf.txt')
