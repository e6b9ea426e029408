# Bytes literals and escapes.
b = b'abc\x00\xff\n'
print(b, len(b), b[0], b[-2])
print(B'ABC', b"dq", b'''tri
ple''')
print(b'\101\102', b'\t' == b'\x09')
print(list(b'\x01\x02\x03'))
print(b'a' b'b' b'c')
print(type(b''), b'' == bytes())
print(b'xyz'[1:], b'xyz' * 2)
