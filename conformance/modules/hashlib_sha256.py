# SHA-256 digests of known test vectors (checked with ubinascii.hexlify, as
# MicroPython 1.8.3 has no hexdigest).
try:
    import uhashlib as hashlib
    import ubinascii as binascii
except ImportError:
    import hashlib
    import binascii


def hexd(h):
    return binascii.hexlify(h.digest())


print(hexd(hashlib.sha256()))
print(hexd(hashlib.sha256(b'')))
print(hexd(hashlib.sha256(b'abc')))
print(hexd(hashlib.sha256(b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))
print(hexd(hashlib.sha256(b'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu')))
print(hexd(hashlib.sha256(b'The quick brown fox jumps over the lazy dog')))
print(hexd(hashlib.sha256(bytes(range(256)))))

# Lengths around the 64-byte block and the 56-byte padding limit.
for n in (1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000):
    print(n, hexd(hashlib.sha256(b'a' * n)))

# One million 'a', fed in pieces.
h = hashlib.sha256()
piece = b'a' * 1000
for i in range(1000):
    h.update(piece)
print(hexd(h))

d = hashlib.sha256(b'x').digest()
print(type(d).__name__, len(d))
