# Drives the compiler to exhaustion: exec() and compile() of a generated function whose body doubles.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

src = code = None
n = 4
caught = False
try:
    while n < 1 << 30:
        src = ''.join(['def f():\n'] + [' x = [1, 2, 3]\n y = x[0] + 1\n'] * n + [' return y\n'])
        exec(src)
        n *= 2
except MemoryError:
    caught = True
src = None
gc.collect()
print('exec: MemoryError caught:', caught)
n = 4
caught = False
try:
    while n < 1 << 30:
        src = ''.join(['z = ['] + ['7, '] * n + [']\n'])
        code = compile(src, 'big', 'exec')
        n *= 2
except MemoryError:
    caught = True
src = code = None
gc.collect()
print('compile: MemoryError caught:', caught)
exec('def g(a):\n    return a * 2\n')
print('alive:', g(21), eval('1 + 2 * 3'))
