print('TestHook'.removeprefix('Test'), 'TestHook'.removeprefix('X'), 'a.py'.removesuffix('.py'), 'a.py'.removesuffix(''), ''.removeprefix(''))
print(b'abc'.removeprefix(b'a'), bytearray(b'abc').removesuffix(b'c'))
