# Pointers: the field holds an address; [i] reads or writes element i there.
try:
    import uctypes
except ImportError:
    print('SKIP')
    raise SystemExit

psize = uctypes.sizeof({'p': (uctypes.PTR | 0, uctypes.UINT8)})
print(psize in (4, 8))
word = uctypes.UINT64 if psize == 8 else uctypes.UINT32
target = bytearray(b'\x01\x02\x03\x04\x05\x06\x07\x08')
holder = bytearray(16)
d = {
    'addr': word | 0,
    'p8': (uctypes.PTR | 0, uctypes.UINT8),
    'p16': (uctypes.PTR | 0, uctypes.UINT16),
    'ps': (uctypes.PTR | 0, {'a': uctypes.UINT16 | 0, 'b': uctypes.UINT16 | 2}),
    'pa': (uctypes.PTR | 0, {'v': (uctypes.ARRAY | 0, uctypes.UINT8 | 8)}),
}
s = uctypes.struct(uctypes.addressof(holder), d)
s.addr = uctypes.addressof(target)
print(s.addr == uctypes.addressof(target))
p8 = s.p8
print(p8[0], p8[1], p8[7])
print(hex(s.p16[0]), hex(s.p16[3]))
print(hex(s.ps[0].a), hex(s.ps[0].b), hex(s.ps[1].a))
print(s.pa[0].v)
# Writing through the pointer changes the target.
s.p8[2] = 0xee
s.p16[3] = 0x1234
s.ps[1].b = 0xabcd
print(target)
# The pointer object follows the field when it changes.
s.addr = uctypes.addressof(target) + 4
print(p8[0], s.p8[0])
# Negative indexes are C pointer arithmetic.
print(s.p8[-1])
try:
    s.ps[0] = 1
except TypeError:
    print('TypeError')
try:
    s.p8.x
except AttributeError:
    print('AttributeError')
try:
    s.p8 = 5
except TypeError:
    print('TypeError')
