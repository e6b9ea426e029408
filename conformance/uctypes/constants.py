# uctypes constants: MicroPython 1.8.3's encoding (type in bits 27..30 of a
# signed 32-bit word, aggregate kind in bits 29..30, bitfield position and
# length at bits 17 and 22).
try:
    import uctypes
except ImportError:
    print('SKIP')
    raise SystemExit

names = ('UINT8', 'INT8', 'UINT16', 'INT16', 'UINT32', 'INT32', 'UINT64', 'INT64',
         'BFUINT8', 'BFINT8', 'BFUINT16', 'BFINT16', 'BFUINT32', 'BFINT32',
         'FLOAT32', 'FLOAT64', 'VOID', 'PTR', 'ARRAY', 'BF_POS', 'BF_LEN',
         'LITTLE_ENDIAN', 'BIG_ENDIAN', 'NATIVE')
for n in names:
    print(n, getattr(uctypes, n))
# Every scalar type is a distinct number, and ORing in an offset keeps it.
types = [getattr(uctypes, n) for n in names[:16]]
print(len(set(types)))
print([(t >> 27) & 15 for t in types])
print(((uctypes.UINT32 | 12) >> 27) & 15, (uctypes.UINT32 | 12) & 0x7ffffff)
print(((uctypes.ARRAY | 6) >> 29) & 3, ((uctypes.PTR | 6) >> 29) & 3, (uctypes.ARRAY | 6) & 0x1fffffff)
bf = uctypes.BFUINT16 | 2 | 5 << uctypes.BF_POS | 3 << uctypes.BF_LEN
print(bf, (bf >> 17) & 31, (bf >> 22) & 31, bf & 0x1ffff, (bf >> 27) & 15)
print(uctypes.VOID == uctypes.UINT8, uctypes.PTR == uctypes.UINT32)
print(type(uctypes.struct), callable(uctypes.sizeof))
