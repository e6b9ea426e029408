# array: the buffer protocol (bytes, bytearray, bytes initialisers)
from array import array as A

print(bytes(A('b', [1, -1, 127, -128])))
print(bytes(A('B', [0, 255, 65])))
print(bytes(A('h', [1, -2, 0x1234])))
print(bytes(A('H', [0xABCD])), bytes(A('i', [1, -1])), bytes(A('I', [0xDEADBEEF])))
print(bytes(A('q', [-2])), bytes(A('Q', [2**64 - 1])))
print(bytes(A('f', [1.0, -2.5])), bytes(A('d', [0.1])))
print(bytes(A('i')), bytearray(A('H', [1, 2])))
print(len(bytes(A('d', [1, 2, 3]))), len(bytes(A('h', range(7)))))

print(A('b', b'\x01\xff\x7f'), A('B', b'AB'), A('h', b'\x01\x00\xff\xff'))
print(A('i', b'\x01\x00\x00\x00\x00\x00\x00\x80'), A('H', bytearray(b'\x34\x12')))
print(A('f', b'\x00\x00\x80\x3f'), A('d', bytes(8)), A('q', b'\xff' * 8), A('I', b''))
for raw in (b'\x01', b'\x01\x02\x03'):
    try:
        A('h', raw)
    except ValueError as e:
        print('ValueError', e)
# the round trip is exact for every typecode
for tc, vals in [('b', [-5, 6]), ('h', [-300, 300]), ('i', [-70000, 7]), ('I', [4000000000]),
                 ('q', [-2**40]), ('Q', [2**63]), ('f', [0.25, -8.0]), ('d', [1e300, -0.0])]:
    a = A(tc, vals)
    print(tc, A(tc, bytes(a)) == a, A(tc, bytes(a)))

# a bytes object made from an array is a copy
a = A('B', [1, 2, 3])
b = bytes(a)
a[0] = 9
print(b, bytes(a))
print(b'\x02\x03' in bytes(a), bytes(A('B', [104, 105])).decode())
ba = bytearray(b'xy')
ba.extend(A('B', [65, 66]))
print(ba)
print(A('B', [120, 121]) == A('B', b'xy'))
