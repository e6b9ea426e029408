# Drives the call stack to exhaustion from inside except and finally blocks, with an exception live at every level.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit

def in_except(n):
    try:
        raise ValueError(n)
    except ValueError:
        in_except(n + 1)

cleaned = []
def in_finally(n):
    try:
        in_finally(n + 1)
    finally:
        if n == 0:
            cleaned.append(n)

for name, start in (('except', lambda: in_except(0)), ('finally', lambda: in_finally(0))):
    try:
        start()
        print(name, 'returned')
    except RuntimeError as e:
        print(name, 'RuntimeError:', e)
print('outermost finally ran:', cleaned == [0])
try:
    raise KeyError('k')
except KeyError as e:
    print('alive:', repr(e))
