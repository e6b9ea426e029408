# Unusual but valid syntax compiles and runs.
good = [
    'x = 1; y = 2;', 'if 1: pass', 'while 0: pass\nelse: pass', 'a = b = c = 1',
    'x = [\n1,\n2,\n]', 'def f(a, b=1, *c, d, e=2, **f): pass', 'lambda *a, **k: 0',
    'x = 1 if 2 else 3', 'x = ((1))', 'x = (1,)', 'x = 1,', '[a, (b, c)] = 1, (2, 3)',
    'del a, b', 'for x, in [(1,)]: pass', 'class C(): pass',
    'def f(): return', 'x = y = lambda: (yield)', 'assert 1, "m"', 'x = r"\\d" b"" ',
    'import sys as s, gc', 'from sys import (path,\n  argv)', 'x = ...', 'x = 1 \\\n  + 2',
    'with a: pass', 'try: pass\nexcept: pass\nelse: pass\nfinally: pass', 'raise',
    'global q', '@d\ndef f(): pass', '@d.e(1)\nclass C: pass', 'x[1:2, ::3] = 4',
    'print(*a, sep="")', 'f(*a, *b, **c, **d)', 'x = not not 1', 'x = -+-~1',
]
for src in good:
    try:
        compile(src, '<good>', 'exec')
        print('ok', repr(src))
    except SyntaxError:
        print('SyntaxError!', repr(src))
