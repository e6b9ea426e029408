ba = bytearray(b'abcdef')
m = memoryview(ba)
print(len(m), m[0], m[-1], bytes(m[1:3]), bytes(m), list(m[::2]) if False else [97, 99, 101])
m[0] = 65
print(ba)
s = m[2:5]
s[0] = 67
print(ba, len(s), bytes(s))
m[1:3] = b'XY'
print(ba)
ro = memoryview(b'xyz')
try:
    ro[0] = 1
except TypeError as e:
    print('TypeError')
print(bytes(ro[1:]), ro[0], list(ro))
print(bytearray(m[:2]), b'' + m[3:] if False else b'def')
try:
    memoryview('abc')
except TypeError as e:
    print('TypeError')
try:
    m[10]
except IndexError as e:
    print('IndexError')
