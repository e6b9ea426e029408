# nonlocal mistakes are SyntaxErrors at compile time.
sources = [
    'nonlocal x',
    'def f():\n    nonlocal x\n',
    'def f(x):\n    nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n',
    'class C:\n    nonlocal y\n',
]
for s in sources:
    try:
        compile(s, 'src', 'exec')
        print('ok')
    except SyntaxError:
        print('SyntaxError')
