# A catalogue of invalid statements, each caught as SyntaxError.
bad = [
    'x = = 1', 'def f(:\n  pass', 'if x\n  pass', 'x = 1 +', 'for in x: pass',
    'a b', '1 = x', 'f() = 1', 'del f()', '(a, b) += 1', 'return 1',
    'yield 1', 'break', 'continue', 'def f(a, a): pass', 'def f(a=1, b): pass',
    'f(a=1, 2)', 'a, *b, *c = d', '*a = b', 'lambda: yield', "'abc",
    "'''abc", '0777', '0b102', '0xg', '1.2.3', 'x = $', 'class C x: pass',
    'try:\n  pass\n', 'else: pass', 'def f(*): pass', 'def f(**k, a): pass',
    'import', 'from x import', 'x = 1 if 2', 'x = not', 'print 1', ';',
    'True = 1', 'None = 1', 'f(x=1, x=2)', 'def f(x):\n  global x',
    'f(x for x in y, 1)', 'def f(*, **k): pass', 'nonlocal x', 'x + 1 = 2',
    'del 5', '[x for x in 1, 2]', 'a[1:2:3:4]', "print('a' b'c')",
]
for src in bad:
    try:
        compile(src, '<bad>', 'exec')
        print('compiled!', repr(src))
    except SyntaxError:
        print('SyntaxError', repr(src))
