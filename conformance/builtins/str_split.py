print('a b  c'.split(), '  a b  '.split(), ''.split(), '   '.split())
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), ''.split(','), 'abc'.split('abc'))
print('a b c d'.split(None, 2), 'a::b::c'.split('::'), 'a\tb\nc'.split())
print('a b c d'.rsplit(None, 2), 'a,b,c'.rsplit(',', 1), '  a b  '.rsplit(), 'a,b'.rsplit(','))
print('x'.split('x'), 'xx'.rsplit('x'), 'a b'.split(maxsplit=0))
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
print('1\n2\r\n3\r4\n'.splitlines(), 'a\n\nb'.splitlines(), ''.splitlines(), 'x\n'.splitlines(True))
print('a\nb'.splitlines(keepends=True))
