# SHA-1 digests of known test vectors.
try:
    import uhashlib as hashlib
    import ubinascii as binascii
except ImportError:
    import hashlib
    import binascii


def hexd(h):
    return binascii.hexlify(h.digest())


print(hexd(hashlib.sha1()))
print(hexd(hashlib.sha1(b'abc')))
print(hexd(hashlib.sha1(b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))
print(hexd(hashlib.sha1(b'The quick brown fox jumps over the lazy dog')))
print(hexd(hashlib.sha1(bytes(range(256)))))
for n in (1, 55, 56, 63, 64, 65, 128, 1000):
    print(n, hexd(hashlib.sha1(b'a' * n)))

h = hashlib.sha1()
for i in range(100):
    h.update(b'0123456789')
print(hexd(h))
d = h.digest()
print(type(d).__name__, len(d))
