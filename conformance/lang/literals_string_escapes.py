# Every escape sequence of str literals.
s = 'a\tb\nc\\d\'e\"f'
print(repr(s), len(s))
print(repr('\a\b\f\v\r\0'))
print(repr('\x41\x42\x7e'), repr('\101\102\60'))
print(repr('\u00e9\u4e2d'), len('\u00e9\u4e2d'))
print(repr('\U0001F600'), len('\U0001F600'))
print(repr('\q'), len('\q'))
print('line\
continued')
print(ord('\377'), ord('\7'))
print("double 'single' inside", 'single "double" inside')
