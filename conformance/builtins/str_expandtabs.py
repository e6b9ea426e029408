for s in ['a\tb', '\t', 'ab\tcd\te', '12345678\tx', 'a\nb\tc', 'x\r\ty', '']:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(tabsize=1)))
print(b'a\tb'.expandtabs(3), 'é\tx'.expandtabs(2))
