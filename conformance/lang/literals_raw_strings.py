# Raw string literals keep backslashes.
print(r'\n\t\\', len(r'\n'))
print(R'C:\path\to', r"\x41")
print(r'a\'b', len(r'a\'b'))
print(repr(r'\u00e9'))
print(rb'\x00' == b'\\x00', Rb'\n', bR'\t', br'x\y')
print(r'''raw
triple\n''')
