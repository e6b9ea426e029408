for s in ['0', '-0', '+123', '  42\t', '007', '1' * 50, '-' + '9' * 30, '0x_ff' if False else '0xff']:
    try:
        print(repr(s), int(s, 0) if s.startswith('0x') else int(s))
    except ValueError as e:
        print('ValueError:', e)
print(int('ZZ', 36), int('-zz', 36), int('0O17', 0), int('0B11', 0), int(' 0x1A ', 16), int(b'42'), int(bytearray(b'-7')))
print(int('١٢٣'), int('１２'))
