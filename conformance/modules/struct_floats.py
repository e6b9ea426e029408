# f (single) and d (double) in both byte orders.
try:
    import ustruct as struct
except ImportError:
    import struct

for v in (0.0, 1.0, -1.0, 0.5, 1.5, 3.25, -1024.125, 65504.0, 1e10, 2.0 ** -10):
    for fmt in ('<f', '>f', '<d', '>d', '!d'):
        data = struct.pack(fmt, v)
        print(fmt, v, data, struct.unpack(fmt, data)[0] == v)

# A double that single precision cannot hold is rounded by 'f'.
print(struct.unpack('<f', struct.pack('<f', 0.1))[0] == 0.1)
print(struct.unpack('<d', struct.pack('<d', 0.1))[0] == 0.1)
print(round(struct.unpack('<f', struct.pack('<f', 0.1))[0], 6))
print(struct.unpack('<f', struct.pack('<f', 1 / 3))[0] != 1 / 3)

# Ints are accepted where floats are packed.
print(struct.pack('<d', 2), struct.unpack('<fd', struct.pack('<fd', 3, -7)))

# Infinities, negative zero and NaN keep their bit patterns.
inf = float('inf')
print(struct.pack('<f', inf), struct.pack('>d', -inf))
print(struct.unpack('<d', struct.pack('<d', inf)), struct.unpack('<f', struct.pack('<f', -inf)))
print(struct.pack('>d', -0.0), struct.unpack('<f', b'\x00\x00\x00\x80'))
nan = struct.unpack('<d', struct.pack('<d', float('nan')))[0]
print(nan != nan)
print(struct.unpack('>f', b'\x7f\xc0\x00\x00')[0] != struct.unpack('>f', b'\x7f\xc0\x00\x00')[0])

# Known encodings.
print(struct.unpack('>f', b'\x40\x49\x0f\xdb')[0] > 3.14159)
print(struct.unpack('<d', b'\x18\x2d\x44\x54\xfb\x21\x09\x40'))
print(struct.unpack('>2f', b'\x3f\x80\x00\x00\xc0\x00\x00\x00'))
