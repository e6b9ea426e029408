# wbits: zlib wrapper (8..15), raw deflate (negative), gzip (16 + n), auto (32 + n).
try:
    import uzlib as zlib
except ImportError:
    import zlib

print(15, zlib.decompress((
    b'x\x9c+O\xca,)V(I-.QHI,I\xd4Q('
    b"' \xa0\x08\x00\xd4\x00\x12\x03"
), 15))
print(9, zlib.decompress((
    b'\x18\x95+O\xca,)V(I-.QHI,I\xd4Q('
    b"' \xa0\x08\x00\xd4\x00\x12\x03"
), 9))
print(12, zlib.decompress((
    b'H\x89+O\xca,)V(I-.QHI,I\xd4Q('
    b"' \xa0\x08\x00\xd4\x00\x12\x03"
), 12))
print(-15, zlib.decompress((
    b"+O\xca,)V(I-.QHI,I\xd4Q(' "
    b'\xa0\x08\x00'
), -15))
print(-9, zlib.decompress((
    b"+O\xca,)V(I-.QHI,I\xd4Q(' "
    b'\xa0\x08\x00'
), -9))
print(-12, zlib.decompress((
    b"+O\xca,)V(I-.QHI,I\xd4Q(' "
    b'\xa0\x08\x00'
), -12))
print(31, zlib.decompress((
    b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03+O\xca,)V(I-.'
    b"QHI,I\xd4Q(' \xa0\x08\x00}\xaa\xb8\xe62\x00\x00"
    b'\x00'
), 31))
print(25, zlib.decompress((
    b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03+O\xca,)V(I-.'
    b"QHI,I\xd4Q(' \xa0\x08\x00}\xaa\xb8\xe62\x00\x00"
    b'\x00'
), 25))
print(47, zlib.decompress((
    b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03+O\xca,)V(I-.'
    b"QHI,I\xd4Q(' \xa0\x08\x00}\xaa\xb8\xe62\x00\x00"
    b'\x00'
), 47))
print(47, zlib.decompress((
    b'x\x9c+O\xca,)V(I-.QHI,I\xd4Q('
    b"' \xa0\x08\x00\xd4\x00\x12\x03"
), 47))
# a stream made with a smaller window decompresses with a larger one
print(zlib.decompress((
    b'\x18\x95+O\xca,)V(I-.QHI,I\xd4Q('
    b"' \xa0\x08\x00\xd4\x00\x12\x03"
), 15))
print(zlib.decompress((
    b"+O\xca,)V(I-.QHI,I\xd4Q(' "
    b'\xa0\x08\x00'
), -15))
# but not the other way round
try:
    zlib.decompress((
    b'x\x9c+O\xca,)V(I-.QHI,I\xd4Q('
    b"' \xa0\x08\x00\xd4\x00\x12\x03"
), 9)
except Exception as e:
    print("error", e)
# the wrong wrapper is an error
try:
    print(zlib.decompress((
    b'x\x9c+O\xca,)V(I-.QHI,I\xd4Q('
    b"' \xa0\x08\x00\xd4\x00\x12\x03"
), -15))
except Exception as e:
    print("error", e)
try:
    print(zlib.decompress((
    b"+O\xca,)V(I-.QHI,I\xd4Q(' "
    b'\xa0\x08\x00'
), 15))
except Exception as e:
    print("error", e)
try:
    print(zlib.decompress((
    b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03+O\xca,)V(I-.'
    b"QHI,I\xd4Q(' \xa0\x08\x00}\xaa\xb8\xe62\x00\x00"
    b'\x00'
), 15))
except Exception as e:
    print("error", e)
try:
    print(zlib.decompress((
    b'x\x9c+O\xca,)V(I-.QHI,I\xd4Q('
    b"' \xa0\x08\x00\xd4\x00\x12\x03"
), 31))
except Exception as e:
    print("error", e)
