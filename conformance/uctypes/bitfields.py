# Bitfields: a container read at its offset and width, then bits pos..pos+len-1
# (bit 0 = least significant), whatever the byte order.
try:
    import uctypes
except ImportError:
    print('SKIP')
    raise SystemExit

BF = lambda t, off, pos, n: t | off | pos << uctypes.BF_POS | n << uctypes.BF_LEN
buf = bytearray(b'\x34\x12\x78\x56\xf0\x0f\x00\x80')
d = {
    'lo': BF(uctypes.BFUINT16, 0, 0, 8),
    'hi': BF(uctypes.BFUINT16, 0, 8, 8),
    'nib': BF(uctypes.BFUINT16, 0, 4, 4),
    'bit0': BF(uctypes.BFUINT8, 2, 0, 1),
    'top3': BF(uctypes.BFUINT8, 3, 5, 3),
    'mid': BF(uctypes.BFUINT32, 4, 4, 16),
    'sign': BF(uctypes.BFUINT32, 4, 31, 1),
    'whole': BF(uctypes.BFUINT32, 4, 0, 31),
    'sfield': BF(uctypes.BFINT8, 4, 4, 4),
    'spos': BF(uctypes.BFINT16, 4, 0, 4),
}
le = uctypes.struct(uctypes.addressof(buf), d, uctypes.LITTLE_ENDIAN)
be = uctypes.struct(uctypes.addressof(buf), d, uctypes.BIG_ENDIAN)
for n in ('lo', 'hi', 'nib', 'bit0', 'top3', 'mid', 'sign', 'whole', 'sfield', 'spos'):
    print(n, hex(getattr(le, n)), hex(getattr(be, n)))
# Writes change only the field's bits; extra high bits are dropped.
le.nib = 0xa
print(buf[:2])
le.hi = 0x1ff
print(buf[:2], hex(le.lo), hex(le.hi))
be.lo = 0x55
print(buf[:2])
le.bit0 = 1
print(buf[2])
le.top3 = 5
print(hex(buf[3]), le.top3)
le.mid = 0xbeef
print(buf[4:8], hex(le.mid))
le.sign = 0
print(buf[4:8])
le.sfield = -2
print(buf[4], le.sfield)
# A field covering a whole container.
full = uctypes.struct(uctypes.addressof(buf), {'all': BF(uctypes.BFUINT8, 0, 0, 8)}, uctypes.LITTLE_ENDIAN)
full.all = 0x1c3
print(full.all, buf[0])
try:
    uctypes.struct(uctypes.addressof(buf), {'x': BF(uctypes.BFUINT8, 0, 4, 8)}).x
except ValueError as e:
    print('ValueError', e)
try:
    le.mid = 1.5
except TypeError:
    print('TypeError')
