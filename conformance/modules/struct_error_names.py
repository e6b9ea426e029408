# MicroPython 1.8.3 has no struct.error: bad formats, wrong counts and short
# buffers raise ValueError, unconvertible values TypeError. CPython raises
# struct.error for all of them (see differences/struct-error-type.toml).
try:
    import ustruct as struct
except ImportError:
    import struct


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__)


attempt('bad char', lambda: struct.calcsize('<z'))
attempt('bad char pack', lambda: struct.pack('y', 1))
attempt('count without code', lambda: struct.calcsize('<12'))
attempt('P needs native', lambda: struct.calcsize('<P'))
attempt('too few values', lambda: struct.pack('<hh', 1))
attempt('too many values', lambda: struct.pack('<h', 1, 2))
attempt('pack_into no offset', lambda: struct.pack_into('<h', bytearray(2)))
attempt('pack_into too many', lambda: struct.pack_into('<h', bytearray(4), 0, 1, 2))
attempt('unpack short', lambda: struct.unpack('<i', b'ab'))
attempt('unpack_from short', lambda: struct.unpack_from('<i', b'abcdef', 4))
attempt('unpack_from offset', lambda: struct.unpack_from('<b', b'ab', -3))
attempt('pack_into short', lambda: struct.pack_into('<i', bytearray(2), 0, 1))
attempt('pack_into offset', lambda: struct.pack_into('<b', bytearray(2), -3, 1))
attempt('str for int', lambda: struct.pack('<h', 'x'))
attempt('float for int', lambda: struct.pack('<i', 1.5))
attempt('None for int', lambda: struct.pack('<B', None))
attempt('str for float', lambda: struct.pack('<d', 'x'))
attempt('int for s', lambda: struct.pack('<4s', 5))
