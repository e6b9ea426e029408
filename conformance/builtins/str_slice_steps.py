s = 'abcdefghij'
for sl in [(None, None, 2), (None, None, -2), (1, 8, 3), (8, 1, -3), (-3, None, None), (None, -3, None), (100, None, -1),
           (None, 100, None), (-100, -50, None), (5, 5, None), (2, 8, -1), (None, None, -1)]:
    print(sl, repr(s[slice(*sl)]), repr('αβγδεζηθικ'[slice(*sl)]))
