m = memoryview(b'abc')
print(m.readonly if hasattr(m, 'readonly') else True, bytes(m), m[1], len(m))
def setitem(o, k, v):
    o[k] = v
for k, v in [(0, 1), (slice(0, 1), b'x')]:
    try:
        setitem(m, k, v)
    except TypeError as e:
        print('TypeError')
mb = memoryview(bytearray(2))
mb[0] = 255
print(bytes(mb), mb.readonly if hasattr(mb, 'readonly') else False)
try:
    mb[0] = 256
except ValueError as e:
    print('ValueError')
