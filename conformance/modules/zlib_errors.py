# Corrupt, truncated or mislabelled input raises an error (ure: ValueError,
# CPython: zlib.error), with zlib's message.
try:
    import uzlib as zlib
except ImportError:
    import zlib

good = (
    b'x\xda+\xce\xcfMUHI,IT(\xc9WH\xce/**'
    b'-(\xd1Q(\xc6"\n\x00Jk\x0f\x8d'
)
print(zlib.decompress(good))
try:
    d = zlib.decompress(b"")
    print('empty', len(d))
except Exception as e:
    print('empty', "error", e)
try:
    d = zlib.decompress(b"x")
    print('one byte', len(d))
except Exception as e:
    print('one byte', "error", e)
try:
    d = zlib.decompress(good[:2])
    print('header only', len(d))
except Exception as e:
    print('header only', "error", e)
try:
    d = zlib.decompress(good[:-4])
    print('no checksum', len(d))
except Exception as e:
    print('no checksum', "error", e)
try:
    d = zlib.decompress(good[:-1])
    print('short checksum', len(d))
except Exception as e:
    print('short checksum', "error", e)
try:
    d = zlib.decompress(good[:10])
    print('cut in the middle', len(d))
except Exception as e:
    print('cut in the middle', "error", e)
try:
    d = zlib.decompress(b"\x78\x9d" + good[2:])
    print('header check', len(d))
except Exception as e:
    print('header check', "error", e)
try:
    d = zlib.decompress(b"\x79\x18" + good[2:])
    print('method', len(d))
except Exception as e:
    print('method', "error", e)
try:
    d = zlib.decompress(b"\x88\x98" + good[2:])
    print('window', len(d))
except Exception as e:
    print('window', "error", e)
try:
    d = zlib.decompress(b"\x78\xbb" + good[2:])
    print('dictionary', len(d))
except Exception as e:
    print('dictionary', "error", e)
try:
    d = zlib.decompress(good[:-1] + bytes([good[-1] ^ 1]))
    print('checksum', len(d))
except Exception as e:
    print('checksum', "error", e)
try:
    d = zlib.decompress(b"\x78\x9c\x07\x00")
    print('block type 3', len(d))
except Exception as e:
    print('block type 3', "error", e)
try:
    d = zlib.decompress(b"\x78\x9c\x01\x05\x00\xfa\xfeabc")
    print('stored short', len(d))
except Exception as e:
    print('stored short', "error", e)
try:
    d = zlib.decompress(b"\x78\x9c\x01\x05\x00\x00\x00hello")
    print('stored nlen', len(d))
except Exception as e:
    print('stored nlen', "error", e)
try:
    d = zlib.decompress(b"\x78\x9c\x01\x00\x00\xff\xff\x00\x00\x00\x01")
    print('empty stored', len(d))
except Exception as e:
    print('empty stored', "error", e)
try:
    d = zlib.decompress(b"\x03\x00", -15)
    print('raw empty', len(d))
except Exception as e:
    print('raw empty', "error", e)
try:
    d = zlib.decompress(b"\x03\x02\x00", -15)
    print('distance too far', len(d))
except Exception as e:
    print('distance too far', "error", e)
try:
    d = zlib.decompress(b"\x05\xe0\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00", -15)
    print('bad code lengths', len(d))
except Exception as e:
    print('bad code lengths', "error", e)
try:
    d = zlib.decompress(b"\x04\xc0\x81\x08\x00\x00\x00\x00\x20\x7f\xeb\x0b\x00\x00", -15)
    print('dynamic', len(d))
except Exception as e:
    print('dynamic', "error", e)
try:
    zlib.decompress("text")
except TypeError:
    print("str", "TypeError")
try:
    zlib.decompress(123)
except TypeError:
    print("int", "TypeError")
