# sizeof of descriptors, structures and their aggregate fields.
try:
    import uctypes
except ImportError:
    print('SKIP')
    raise SystemExit

LE = uctypes.LITTLE_ENDIAN
print(uctypes.sizeof({}))
print(uctypes.sizeof({'a': uctypes.UINT8 | 0}))
print(uctypes.sizeof({'a': uctypes.UINT8 | 5}))
print(uctypes.sizeof({'a': uctypes.UINT16 | 5}))
print(uctypes.sizeof({'f': uctypes.FLOAT32 | 0, 'g': uctypes.FLOAT64 | 8}))
print(uctypes.sizeof({'b': uctypes.BFUINT32 | 4 | 3 << uctypes.BF_POS | 2 << uctypes.BF_LEN}))
arr = {'arr': (uctypes.ARRAY | 1, uctypes.UINT32 | 3)}
print(uctypes.sizeof(arr), uctypes.sizeof(uctypes.struct(0, arr, LE)))
elem = {'x': uctypes.UINT16 | 0, 'y': uctypes.UINT8 | 2}
print(uctypes.sizeof(elem), uctypes.sizeof(uctypes.struct(0, elem, LE)))
aos = {'pts': (uctypes.ARRAY | 0, 5, elem)}
print(uctypes.sizeof(aos), uctypes.sizeof(uctypes.struct(0, aos, LE)))
nested = {'h': uctypes.UINT8 | 0, 'body': (2, {'a': uctypes.UINT32 | 0, 'b': uctypes.UINT32 | 4})}
print(uctypes.sizeof(nested), uctypes.sizeof(uctypes.struct(0, nested, LE)))
buf = bytearray(16)
s = uctypes.struct(uctypes.addressof(buf), {
    'sub': (4, {'a': uctypes.UINT16 | 0, 'b': uctypes.UINT8 | 2}),
    'arr': (uctypes.ARRAY | 8, uctypes.UINT16 | 4),
    'raw': (uctypes.ARRAY | 8, uctypes.UINT8 | 8),
}, LE)
print(uctypes.sizeof(s), uctypes.sizeof(s.sub), uctypes.sizeof(s.arr), uctypes.sizeof(s.raw))
# A field tuple on its own gives its aggregate size.
print(uctypes.sizeof((uctypes.ARRAY | 0, uctypes.INT64 | 3)))
print(uctypes.sizeof((uctypes.ARRAY | 0, 2, {'z': uctypes.UINT32 | 0})))
# Pointers take a machine word.
psize = uctypes.sizeof({'p': (uctypes.PTR | 0, uctypes.UINT8)})
print(psize in (4, 8))
print(uctypes.sizeof(bytearray(7)))
try:
    uctypes.sizeof(uctypes.UINT32 | 0)
except TypeError as e:
    print('TypeError', e)
try:
    uctypes.sizeof(s.sub.a)
except TypeError as e:
    print('TypeError', e)
for bad in ('abc', None, [1], {'a': 'x'}, {'a': (1,)}, {'a': 1.5}):
    try:
        uctypes.sizeof(bad)
    except TypeError as e:
        print('TypeError', e)
