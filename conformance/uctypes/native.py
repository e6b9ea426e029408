# NATIVE layout: the machine's byte order (little-endian on every port) and
# sizes rounded up to the widest field, as a C compiler pads a struct.
try:
    import uctypes
except ImportError:
    print('SKIP')
    raise SystemExit

print(uctypes.NATIVE, uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN)
buf = bytearray(b'\x01\x00\x02\x00\x03\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00')
d = {'a': uctypes.UINT16 | 0, 'b': uctypes.UINT16 | 2, 'c': uctypes.UINT32 | 4, 'd': uctypes.UINT64 | 8}
s = uctypes.struct(uctypes.addressof(buf), d)
print(s.a, s.b, s.c, s.d)
n = uctypes.struct(uctypes.addressof(buf), d, uctypes.NATIVE)
print(n.a, n.b, n.c, n.d)
n.c = 0x11223344
print(buf[4:8])
# Unaligned fields work in native layout too.
u = uctypes.struct(uctypes.addressof(buf) + 1, {'x': uctypes.UINT32 | 0, 'y': uctypes.UINT16 | 4})
print(hex(u.x), hex(u.y))
u.x = 0xa1b2c3d4
print(buf[:6])
padded = {'x': uctypes.UINT32 | 0, 'y': uctypes.UINT8 | 4}
print(uctypes.sizeof(padded))
print(uctypes.sizeof(uctypes.struct(0, padded, uctypes.LITTLE_ENDIAN)))
print(uctypes.sizeof(uctypes.struct(0, padded, uctypes.NATIVE)))
print(uctypes.sizeof({'a': uctypes.UINT8 | 0, 'b': uctypes.UINT16 | 1}))
print(uctypes.sizeof({'a': uctypes.UINT8 | 0, 'b': uctypes.UINT8 | 2}))
print(uctypes.sizeof({'a': uctypes.UINT64 | 0, 'b': uctypes.UINT8 | 8}))
