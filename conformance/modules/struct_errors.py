# Errors that MicroPython and CPython report with the same exception type.
try:
    import ustruct as struct
except ImportError:
    import struct


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, 'TypeError')


attempt('calcsize(int)', lambda: struct.calcsize(1))
attempt('calcsize(None)', lambda: struct.calcsize(None))
attempt('pack()', lambda: struct.pack())
attempt('unpack one arg', lambda: struct.unpack('<h'))
attempt('unpack_from one arg', lambda: struct.unpack_from('<h'))
attempt('unpack int', lambda: struct.unpack('<h', 12))
attempt('unpack_from list', lambda: struct.unpack_from('<h', [1, 2]))
attempt('offset str', lambda: struct.pack_into('<h', bytearray(4), 'a', 1))
attempt('offset float', lambda: struct.unpack_from('<h', b'abcd', 1.0))

# These messages are worded as CPython words them.
try:
    struct.unpack('<h', 'ab')
except TypeError as e:
    print('TypeError', e)
try:
    struct.pack_into('<h', b'abcd', 0, 1)
except TypeError as e:
    print('TypeError', e)
try:
    struct.calcsize(3)
except TypeError as e:
    print('TypeError', e)

# Still usable after errors.
print(struct.pack('<h', 5), struct.unpack('<h', b'\x05\x00'))
