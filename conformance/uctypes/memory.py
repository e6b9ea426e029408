# addressof, bytes_at (a copy) and bytearray_at (the memory itself).
try:
    import uctypes
except ImportError:
    print('SKIP')
    raise SystemExit

buf = bytearray(b'abcdefgh')
a = uctypes.addressof(buf)
print(type(a).__name__, a > 0)
print(uctypes.addressof(buf) == a)
snap = uctypes.bytes_at(a, 8)
view = uctypes.bytearray_at(a + 2, 4)
print(snap, view, len(view))
buf[2] = ord('Z')
print(snap, view)
view[3] = ord('!')
print(buf)
print(uctypes.bytes_at(a + 6, 2), uctypes.bytes_at(a, 0), uctypes.bytearray_at(a, 0))
# Any object with the buffer protocol has an address.
b = b'immutable'
print(uctypes.bytes_at(uctypes.addressof(b), 3))
import array
arr = array.array('H', [1, 2, 0x0303])
print(uctypes.bytes_at(uctypes.addressof(arr), 6))
# A struct object is a buffer too: its address and size.
s = uctypes.struct(a, {'x': uctypes.UINT32 | 0, 'y': uctypes.UINT32 | 4})
print(uctypes.addressof(s) == a, bytes(s))
print(bytes(uctypes.struct(a + 4, {'y': uctypes.UINT8 | 1}, uctypes.LITTLE_ENDIAN)))
for bad in (1, 1.5, None, [1]):
    try:
        uctypes.addressof(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    uctypes.bytes_at(a, -1)
except ValueError as e:
    print('ValueError', e)
try:
    uctypes.bytes_at('x', 1)
except TypeError:
    print('TypeError')
