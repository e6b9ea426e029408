# hexlify (with MicroPython's optional separator) and unhexlify.
try:
    import ubinascii as binascii
except ImportError:
    import binascii

print(binascii.hexlify(b''))
print(binascii.hexlify(b'\x00'))
print(binascii.hexlify(b'\x01\x23\x45\x67\x89\xab\xcd\xef'))
print(binascii.hexlify(b'hello world'))
print(binascii.hexlify(bytes(range(256)))[:40], len(binascii.hexlify(bytes(range(256)))))
print(binascii.hexlify(bytearray(b'\xff\xfe')))
print(binascii.hexlify(memoryview(b'mv')))
print(type(binascii.hexlify(b'x')).__name__)

# A one-character separator between the values.
print(binascii.hexlify(b'\x01\x02\x03', ':'))
print(binascii.hexlify(b'\xde\xad\xbe\xef', ' '))
print(binascii.hexlify(b'\xde\xad\xbe\xef', b'-'))
print(binascii.hexlify(b'\x7f', ':'))
print(binascii.hexlify(b'', ':'))

print(binascii.unhexlify(b''))
print(binascii.unhexlify(b'0123456789abcdef'))
print(binascii.unhexlify(b'0123456789ABCDEF'))
print(binascii.unhexlify(b'68656c6c6f'))
print(binascii.unhexlify('68656C6c6F'))            # ASCII str is accepted
print(binascii.unhexlify(bytearray(b'ff00')))
print(type(binascii.unhexlify(b'00')).__name__)

# Round trips.
for data in (b'', b'\x00', b'abc', bytes(range(0, 256, 7)), b'\xff' * 9):
    h = binascii.hexlify(data)
    print(len(h), binascii.unhexlify(h) == data)
