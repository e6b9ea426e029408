# update() in pieces gives the same digest as hashing all at once; the
# argument may be any bytes-like object.
try:
    import uhashlib as hashlib
    import ubinascii as binascii
except ImportError:
    import hashlib
    import binascii

data = bytes(range(256)) + b'MicroPython' * 20
for name in ('sha256', 'sha1'):
    ctor = getattr(hashlib, name)
    whole = ctor(data).digest()
    results = []
    for step in (1, 3, 7, 55, 56, 63, 64, 65, 100, 500):
        h = ctor()
        for i in range(0, len(data), step):
            h.update(data[i:i + step])
        results.append(h.digest() == whole)
    print(name, results)
    # constructor data then update
    h = ctor(data[:100])
    h.update(data[100:])
    print(name, h.digest() == whole)
    # empty updates change nothing
    h = ctor()
    h.update(b'')
    h.update(data)
    h.update(b'')
    print(name, h.digest() == whole)

h = hashlib.sha256()
h.update(bytearray(b'abc'))
print(binascii.hexlify(h.digest()))
h = hashlib.sha256()
h.update(memoryview(b'xxabcxx')[2:5])
print(binascii.hexlify(h.digest()))
print(binascii.hexlify(hashlib.sha1(bytearray(b'abc')).digest()))
print(hashlib.sha256().update(b'x'))

# digest() may be called again and returns the same bytes.
h = hashlib.sha256(b'abc')
print(h.digest() == h.digest())

# Independent objects do not share state.
a = hashlib.sha256(b'one')
b = hashlib.sha256(b'two')
a.update(b'more')
print(a.digest() == hashlib.sha256(b'onemore').digest(), b.digest() == hashlib.sha256(b'two').digest())


def attempt(label, f):
    try:
        print(label, f())
    except TypeError:
        print(label, 'TypeError')


attempt('update str', lambda: hashlib.sha256().update('abc'))
attempt('update int', lambda: hashlib.sha256().update(5))
attempt('update None', lambda: hashlib.sha1().update(None))
attempt('ctor str', lambda: hashlib.sha256('abc'))
attempt('ctor list', lambda: hashlib.sha1([1, 2]))
attempt('update no arg', lambda: hashlib.sha256().update())
