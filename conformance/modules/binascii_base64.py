# b2a_base64 (with its trailing newline) and a2b_base64.
try:
    import ubinascii as binascii
except ImportError:
    import binascii

for n in range(10):
    data = b'abcdefghij'[:n]
    enc = binascii.b2a_base64(data)
    print(n, enc, binascii.a2b_base64(enc) == data)

print(binascii.b2a_base64(b'\x00\x00\x00'))
print(binascii.b2a_base64(b'\xff\xff\xff'))
print(binascii.b2a_base64(b'\xfb\xef\xbe'))       # uses + and /
print(binascii.b2a_base64(bytearray(b'MicroPython')))
print(binascii.b2a_base64(bytes(range(256))))
print(type(binascii.b2a_base64(b'')).__name__)

print(binascii.a2b_base64(b''))
print(binascii.a2b_base64(b'TWljcm9QeXRob24='))
print(binascii.a2b_base64('aGVsbG8gd29ybGQ='))     # ASCII str is accepted
print(binascii.a2b_base64(bytearray(b'YWJj')))
print(binascii.a2b_base64(b'++//'))
print(binascii.a2b_base64(b'AAAA'))

# Characters outside the alphabet are skipped; a full pad ends the data.
print(binascii.a2b_base64(b'YW\nJj\n'))
print(binascii.a2b_base64(b' Y W J j '))
print(binascii.a2b_base64(b'YWJj\r\nZGVm\r\n'))
print(binascii.a2b_base64(b'YQ==YWJj'))
print(binascii.a2b_base64(b'YWI=junk'))
print(binascii.a2b_base64(b'YWJj=ZA=='))
print(binascii.a2b_base64(b'YQ==='))
print(binascii.a2b_base64(b'Y!Q#=$='))

# Round trip of every byte value, in chunks of several sizes.
data = bytes(range(256))
for size in (1, 2, 3, 4, 57, 100):
    ok = True
    for i in range(0, 256, size):
        chunk = data[i:i + size]
        if binascii.a2b_base64(binascii.b2a_base64(chunk)) != chunk:
            ok = False
    print(size, ok)
