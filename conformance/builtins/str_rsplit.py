print('a b c d e'.rsplit(None, 1), 'a b c d e'.rsplit(maxsplit=2), 'a-b-c'.rsplit('-', 0), '  x  y  '.rsplit(None, 1))
print('a--b--c'.rsplit('--'), ''.rsplit(), ''.rsplit('x'), 'xax'.rsplit('x'), 'é é é'.rsplit(' ', 1))
print('a\u3000b\u2003c'.split(), 'a\x1cb\x1fc'.split(), 'a\x85b'.split())
