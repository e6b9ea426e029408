a = bytearray(b'hello')
print(a, len(a), a[0], a[-1], a[1:3], bytearray(3), bytearray([1, 2]), bytearray())
a[0] = 72
a[-1] = ord('O')
print(a)
a.append(33)
a.extend(b'??')
a.extend([1, 2])
print(a)
a[1:3] = b'EE'
print(a)
a[1:3] = b''
print(a)
a[0:0] = b'>>'
print(a)
del a[0]
print(a)
del a[1:3]
print(a, a == b'>HLO!??\x01' or a)
b = bytearray(b'xyz')
b += b'123'
print(b, b * 2, b + b'q', b'q' + b, type(b + b'q').__name__, type(b'q' + b).__name__)
print(b.find(b'z'), b.decode(), b.upper(), b.replace(b'1', b'one'), list(b), bytes(b))
def setitem(o, k, v):
    o[k] = v
for f in [lambda: setitem(b, 0, 256), lambda: setitem(b, 10, 1), lambda: b.append(-1),
          lambda: setitem(b, 0, 'a'), lambda: hash(b)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
