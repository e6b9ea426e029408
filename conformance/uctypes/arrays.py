# Arrays of scalars and arrays of structures.
try:
    import uctypes
except ImportError:
    print('SKIP')
    raise SystemExit

LE = uctypes.LITTLE_ENDIAN
buf = bytearray(range(16))
d = {
    'raw': (uctypes.ARRAY | 0, uctypes.UINT8 | 4),
    'sb': (uctypes.ARRAY | 4, uctypes.INT8 | 4),
    'w': (uctypes.ARRAY | 0, uctypes.UINT16 | 8),
    'l': (uctypes.ARRAY | 8, uctypes.INT32 | 2),
    'pairs': (uctypes.ARRAY | 8, 4, {'a': uctypes.UINT8 | 0, 'b': uctypes.UINT8 | 1}),
}
s = uctypes.struct(uctypes.addressof(buf), d, LE)
# UINT8 arrays are bytearrays sharing the memory.
r = s.raw
print(type(r).__name__, r, len(r))
r[1] = 0xaa
print(buf[:4])
print([s.w[i] for i in range(8)])
print(s.sb[0], s.sb[3])
s.sb[2] = -3
print(buf[4:8], s.sb[2])
print(s.l[0], s.l[1])
s.l[1] = -1
print(buf[12:], s.l[1])
s.w[0] = 0x10000 + 0x1234
print(buf[:2])
print([(p.a, p.b) for p in (s.pairs[0], s.pairs[1], s.pairs[2], s.pairs[3])])
s.pairs[2].b = 99
print(buf[13], s.pairs[2].b)
for i in (8, 100, -1):
    try:
        s.w[i]
    except IndexError as e:
        print('IndexError', e)
try:
    s.pairs[4]
except IndexError:
    print('IndexError')
try:
    s.l[2] = 0
except IndexError:
    print('IndexError')
try:
    s.w['0']
except TypeError:
    print('TypeError')
try:
    s.pairs[0] = 1
except TypeError:
    print('TypeError')
try:
    s.w[0] = 'x'
except TypeError:
    print('TypeError')
try:
    s[0]
except TypeError as e:
    print('TypeError', e)
# An array descriptor given to struct() directly.
a = uctypes.struct(uctypes.addressof(buf), (uctypes.ARRAY | 0, uctypes.UINT32 | 4), LE)
print(hex(a[0]), hex(a[3]), uctypes.sizeof(a))
# Iteration stops at the declared end (IndexError ends it).
print(list(uctypes.struct(uctypes.addressof(buf), (uctypes.ARRAY | 0, uctypes.UINT16 | 3), LE)))
