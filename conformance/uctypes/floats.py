# FLOAT32 and FLOAT64 fields in either byte order.
try:
    import uctypes
except ImportError:
    print('SKIP')
    raise SystemExit

buf = bytearray(b'\x00\x00\xc0\x3f\x00\x00\x00\x00\x00\x00\x04\xc0')
d = {'f': uctypes.FLOAT32 | 0, 'd': uctypes.FLOAT64 | 4, 'w': uctypes.UINT32 | 0}
le = uctypes.struct(uctypes.addressof(buf), d, uctypes.LITTLE_ENDIAN)
be = uctypes.struct(uctypes.addressof(buf), d, uctypes.BIG_ENDIAN)
print(le.f, le.d)
le.f = -0.25
print(buf[:4], hex(le.w))
le.d = 1e100
print(buf[4:], le.d)
le.d = 3
print(le.d, buf[4:])
be.f = 2.5
print(buf[:4], be.f)
be.d = -1.0
print(buf[4:], be.d)
# FLOAT32 rounds to single precision.
le.f = 0.1
print(le.f == 0.1, abs(le.f - 0.1) < 1e-8)
a = uctypes.struct(uctypes.addressof(buf), {'fa': (uctypes.ARRAY | 0, uctypes.FLOAT32 | 3)}, uctypes.LITTLE_ENDIAN)
a.fa[1] = 1.5
a.fa[2] = -8
print(a.fa[1], a.fa[2], uctypes.sizeof(a))
try:
    le.f = 'x'
except TypeError:
    print('TypeError')
