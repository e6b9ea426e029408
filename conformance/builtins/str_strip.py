print(repr('  a b  '.strip()), repr('  a b  '.lstrip()), repr('  a b  '.rstrip()))
print('xxaxx'.strip('x'), 'xyaxy'.strip('yx'), 'abc'.lstrip('ba'), 'abc'.rstrip('cb'), '\t\n a \r'.strip())
print(repr(''.strip()), repr('xxx'.strip('x')), 'abc'.strip(''), 'abc'.strip(None))
