# Structures inside structures, offsets relative to each level.
try:
    import uctypes
except ImportError:
    print('SKIP')
    raise SystemExit

buf = bytearray(12)
inner = {'lo': uctypes.UINT8 | 0, 'hi': uctypes.UINT8 | 1, 'w': uctypes.UINT16 | 0}
d = {
    'tag': uctypes.UINT16 | 0,
    'a': (2, inner),
    'b': (4, inner),
    'outer': (6, {'n': uctypes.UINT16 | 0, 'deep': (2, {'v': uctypes.UINT32 | 0})}),
}
s = uctypes.struct(uctypes.addressof(buf), d, uctypes.LITTLE_ENDIAN)
s.tag = 0xcafe
s.a.lo = 1
s.a.hi = 2
s.b.w = 0x0403
s.outer.n = 7
s.outer.deep.v = 0x0a0b0c0d
print(buf)
print(hex(s.tag), s.a.lo, s.a.hi, hex(s.a.w), s.b.lo, s.b.hi, s.outer.n, hex(s.outer.deep.v))
# A sub-structure object stays bound to the memory.
sub = s.outer.deep
buf[8] = 0xff
print(hex(sub.v))
# The same descriptor in big-endian order: the layout type is inherited.
t = uctypes.struct(uctypes.addressof(buf), d, uctypes.BIG_ENDIAN)
print(hex(t.tag), hex(t.a.w), hex(t.outer.deep.v))
try:
    s.a = 5
except TypeError:
    print('TypeError')
try:
    s.a.missing
except AttributeError:
    print('AttributeError')
print(hasattr(s, 'tag'), hasattr(s, 'nope'), hasattr(s.outer, 'deep'))
