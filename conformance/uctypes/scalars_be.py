# The same bytes read as a big-endian packed structure.
try:
    import uctypes
except ImportError:
    print('SKIP')
    raise SystemExit

buf = bytearray(b'\x12\x34\x56\x78\x9a\xbc\xde\xf0\x80\x00\x00\x01')
d = {
    'b0': uctypes.UINT8 | 0,
    'w0': uctypes.UINT16 | 0,
    'w1': uctypes.INT16 | 4,
    'l0': uctypes.UINT32 | 0,
    'l1': uctypes.INT32 | 8,
    'q0': uctypes.UINT64 | 0,
    'q1': uctypes.INT64 | 4,
}
be = uctypes.struct(uctypes.addressof(buf), d, uctypes.BIG_ENDIAN)
le = uctypes.struct(uctypes.addressof(buf), d, uctypes.LITTLE_ENDIAN)
for name in ('b0', 'w0', 'w1', 'l0', 'l1', 'q0', 'q1'):
    print(name, hex(getattr(be, name)), hex(getattr(le, name)))
be.w0 = 0xabcd
print(buf[:2], hex(le.w0))
be.l1 = -2
print(buf[8:])
be.q0 = 1
print(buf[:8])
le.q0 = 1
print(buf[:8])
