# String prefixes in any case.
print(r'\d', R'\d', b'x', B'x', u'text', U'text')
print(rb'\n', Rb'\n', bR'\n', BR'\n', br'\n', Br'\n')
print(type(u'x').__name__, type(rb'').__name__)
print(len(r'\\'), len('\\'))
