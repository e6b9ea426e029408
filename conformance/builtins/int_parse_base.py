# int() with a base, prefixes and whitespace
print(int('0x1f', 16), int('0X1F', 0), int('1f', 16))
print(int('0o17', 8), int('0o17', 0), int('17', 8))
print(int('0b101', 2), int('-0b101', 0), int('101', 2))
print(int('  12  '), int('+7'), int('-0'), int('\t42\n'))
print(int('z', 36), int('Z', 36), int('zz', 36), int('10', 36))
print(int('0', 0), int('000', 0) if False else 0, int('00', 10))
for base in range(2, 37):
    print(base, int('10', base), int('11', base))
