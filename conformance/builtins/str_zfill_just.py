for s in ['42', '-42', '+7', '', 'abc', '-', '1234567']:
    print(repr(s.zfill(5)), repr(s.ljust(6, '.')), repr(s.rjust(6)), repr(s.center(7, '*')))
print(repr('x'.ljust(-1)), repr('é'.rjust(3, 'ü')))
try:
    'a'.ljust(3, '')
except TypeError as e:
    print('TypeError:', e)
