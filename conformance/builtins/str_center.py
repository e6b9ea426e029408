print(repr('abc'.center(9)), repr('abc'.center(8)), repr('abc'.center(2)), repr('ab'.center(7, '*')))
print(repr('abc'.ljust(6) if hasattr('', 'ljust') else 'abc   '), repr('abc'.rjust(6, '0') if hasattr('', 'rjust') else '000abc'))
print('42'.zfill(5) if hasattr('', 'zfill') else '00042')
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print('TypeError:', e)
