# MicroPython 1.8.3 stores integers modulo 2**bits without a range check and
# lets unpack read the front of a longer buffer; CPython raises struct.error
# (see differences/struct-no-range-check.toml).
try:
    import ustruct as struct
except ImportError:
    import struct


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__)


attempt('b 300', lambda: struct.pack('b', 300))
attempt('b -129', lambda: struct.pack('<b', -129))
attempt('B -1', lambda: struct.pack('B', -1))
attempt('B 256', lambda: struct.pack('>B', 256))
attempt('h 65541', lambda: struct.pack('<h', 65541))
attempt('H -2', lambda: struct.pack('>H', -2))
attempt('I -1', lambda: struct.pack('<I', -1))
attempt('i 2**32+7', lambda: struct.pack('<i', 2**32 + 7))
attempt('Q -1', lambda: struct.pack('<Q', -1))
attempt('q 2**64+3', lambda: struct.pack('>q', 2**64 + 3))
attempt('Q 2**70+1', lambda: struct.pack('<Q', 2**70 + 1))
attempt('unpack longer', lambda: struct.unpack('<h', b'abcd'))
attempt('unpack longer B', lambda: struct.unpack('<B', b'xyz'))
attempt('unpack longer 2s', lambda: struct.unpack('2s', b'hello'))
