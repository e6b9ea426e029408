a = bytearray(b'ab')
b = a
a += b'cd'
print(a, b, a is b)
a *= 2
print(a, b is a, len(b))
print(a * 0, 3 * bytearray(b'-'), bytearray(b'x') + bytearray(b'y'), b'q' in a, 99 in a, 100 not in a)
print(bytearray(b'abc') < bytearray(b'abd'), bytearray(b'a') == b'a', bytearray() == bytearray(0), bytearray(3))
print(list(bytearray(b'hi')), [x for x in bytearray(b'\x01\x02')], bytearray('héllo', 'utf-8').decode())
try:
    bytearray('abc')
except TypeError as e:
    print('TypeError:', e)
