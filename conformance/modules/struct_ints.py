# Packing and unpacking every integer code at its limits, in both byte orders.
try:
    import ustruct as struct
except ImportError:
    import struct

limits = {
    'b': (-128, 127), 'B': (0, 255),
    'h': (-32768, 32767), 'H': (0, 65535),
    'i': (-2147483648, 2147483647), 'I': (0, 4294967295),
    'l': (-2147483648, 2147483647), 'L': (0, 4294967295),
}
for code in 'bBhHiIlL':
    lo, hi = limits[code]
    for order in '<>!':
        fmt = order + code
        for v in (lo, hi, 0, 1, lo + 1, hi - 1):
            data = struct.pack(fmt, v)
            back = struct.unpack(fmt, data)
            print(fmt, v, data, back, back[0] == v)

# Several values and repeat counts in one format.
data = struct.pack('<bBhHiI', -1, 255, -300, 300, -70000, 70000)
print(data, struct.unpack('<bBhHiI', data))
data = struct.pack('>3H2b', 1, 256, 65535, -1, 1)
print(data, struct.unpack('>3H2b', data))
print(struct.unpack('<4B', b'\x01\x02\x03\x04'), struct.unpack('>I', b'\x01\x02\x03\x04'))
print(struct.unpack('<I', b'\x01\x02\x03\x04'), struct.unpack('<2h', b'\xff\xff\x00\x80'))

# bools are ints
print(struct.pack('<BB', True, False))

# Results are plain ints usable in arithmetic.
a, b = struct.unpack('<hH', b'\xfe\xff\xfe\xff')
print(a, b, a + b, type(a).__name__)
print(struct.unpack('<0h', b''), struct.pack('<0h'), struct.unpack('', b''))
