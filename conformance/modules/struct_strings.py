# 's': a count of bytes packed from one bytes-like value.
try:
    import ustruct as struct
except ImportError:
    import struct

print(struct.pack('4s', b'abcd'))
print(struct.pack('4s', b'ab'))          # padded with zero bytes
print(struct.pack('4s', b'abcdefgh'))    # truncated
print(struct.pack('s', b'xyz'))          # no count: one byte
print(struct.pack('0s', b'xyz'))
print(struct.pack('<2sh3s', b'hi', 513, b'yo'))
print(struct.pack('3s', bytearray(b'ba')))
print(struct.pack('>I5sB', 7, b'hello', 9))

print(struct.unpack('4s', b'abcd'))
print(struct.unpack('<2sh3s', b'hi\x01\x02yo\x00'))
print(struct.unpack('0s', b''))
print(struct.unpack('>I5sB', b'\x00\x00\x00\x07hello\x09'))
print(struct.unpack('3s', bytearray(b'xyz')))
print(struct.unpack('s2s', b'\x00\xff\x80'))
t = struct.unpack('3s', b'\x00\x01\x02')
print(type(t[0]).__name__, len(t[0]), list(t[0]))

# Many counts mixed with 's'.
fmt = '<2s3B2s'
data = struct.pack(fmt, b'AB', 1, 2, 3, b'CD')
print(data, struct.calcsize(fmt), struct.unpack(fmt, data))
