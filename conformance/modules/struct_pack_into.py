# pack_into and unpack_from: offsets, negative offsets, writable buffers.
try:
    import ustruct as struct
except ImportError:
    import struct

buf = bytearray(12)
print(struct.pack_into('<hh', buf, 0, 1, 2))
print(buf)
struct.pack_into('>I', buf, 4, 0xdeadbeef)
print(buf)
struct.pack_into('<H', buf, -2, 0x4142)     # negative: from the end
print(buf)
struct.pack_into('<b', buf, -12, -1)
print(buf)
struct.pack_into('<3s', buf, 9, b'xyz')
print(buf)
struct.pack_into('', buf, 3)
print(buf)

print(struct.unpack_from('<hh', buf))
print(struct.unpack_from('<hh', buf, 0))
print(struct.unpack_from('>I', buf, 4))
print(struct.unpack_from('<H', buf, -2))
print(struct.unpack_from('<B', buf, 11))
print(struct.unpack_from('<B', buf, -1))
print(struct.unpack_from('4s', buf, 4))
print(struct.unpack_from('<h', b'\x01\x02\x03\x04', 2))
print(struct.unpack_from('<bb', b'\x01\x02\x03\x04', -2))
print(struct.unpack_from('<i', bytes(range(8)), 4))
print(struct.unpack_from('', b'', 0))

# A bytearray packed in pieces and read back.
rec = bytearray(struct.calcsize('<BHI'))
struct.pack_into('<B', rec, 0, 7)
struct.pack_into('<H', rec, 1, 500)
struct.pack_into('<I', rec, 3, 100000)
print(rec, struct.unpack('<BHI', rec))

# memoryview over a bytearray writes through.
ba = bytearray(6)
mv = memoryview(ba)
struct.pack_into('>hI', mv, 0, -2, 1)
print(ba, struct.unpack_from('>hI', mv))

# Out of range offsets and short buffers.
for args in ((buf, 11), (buf, 12), (buf, -13), (bytearray(1), 0)):
    try:
        struct.pack_into('<H', args[0], args[1], 1)
        print('packed')
    except Exception:
        print('error')
for args in ((buf, 11), (buf, 12), (buf, -13), (b'', 0)):
    try:
        print(struct.unpack_from('<H', args[0], args[1]))
    except Exception:
        print('error')
