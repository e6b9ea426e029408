tests = [lambda: 'a'.find(1), lambda: 'a'.startswith(['a']), lambda: 'a'.startswith(('a', 1)),
         lambda: 'a'.strip(1), lambda: 'a'.split(1), lambda: 'a'.replace('a', 1), lambda: 'a'.count(None),
         lambda: 'a'.center('5'), lambda: 'a'.zfill(None), lambda: 'a'.split(','.join), lambda: 'a'.partition(None),
         lambda: 'abc'.index('z'), lambda: 'a'.encode(1), lambda: 'a'.splitlines(1, 2)]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
