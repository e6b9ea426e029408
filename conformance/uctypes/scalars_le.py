# Integer fields of every width in a little-endian packed structure.
try:
    import uctypes
except ImportError:
    print('SKIP')
    raise SystemExit

buf = bytearray(range(0xf0, 0x100))
d = {
    'u8': uctypes.UINT8 | 0,
    'i8': uctypes.INT8 | 1,
    'u16': uctypes.UINT16 | 2,
    'i16': uctypes.INT16 | 4,
    'u32': uctypes.UINT32 | 6,
    'i32': uctypes.INT32 | 10,
    'u64': uctypes.UINT64 | 8,
    'i64': uctypes.INT64 | 8,
    'odd': uctypes.UINT32 | 1,
}
s = uctypes.struct(uctypes.addressof(buf), d, uctypes.LITTLE_ENDIAN)
print(s.u8, s.i8, s.u16, s.i16)
print(s.u32, s.i32)
print(s.u64, s.i64)
print(hex(s.odd))
# Stores keep the low bits, like a C assignment.
s.u8 = 0x1ff
s.i8 = -1
s.u16 = 65535
s.i16 = -32768
print(buf[:6])
s.u32 = -2
print(buf[6:10], s.u32)
s.i32 = 0x7fffffff
print(s.i32, s.u32)
s.u64 = 0x0123456789abcdef
print(buf[8:], hex(s.u64), hex(s.i64))
s.i64 = -1
print(s.u64, s.i64)
s.u64 = 2**70 + 5
print(s.u64)
s.u16 = True
print(s.u16)
