# MicroPython 1.8.3's hash objects have no hexdigest() and take no more data
# once digest() has been called (see differences/hashlib-final-digest.toml).
try:
    import uhashlib as hashlib
    import ubinascii as binascii
except ImportError:
    import hashlib
    import binascii

for name in ('sha256', 'sha1'):
    h = getattr(hashlib, name)(b'abc')
    print(name, hasattr(h, 'hexdigest'))
    d = h.digest()
    try:
        h.update(b'more')
        print(name, 'update accepted')
    except ValueError:
        print(name, 'ValueError')
    print(name, h.digest() == d)
