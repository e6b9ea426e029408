# Bad input: ValueError for malformed text (CPython's binascii.Error is a
# ValueError), TypeError for arguments of the wrong type.
try:
    import ubinascii as binascii
except ImportError:
    import binascii


def attempt(label, f):
    try:
        print(label, f())
    except ValueError:
        print(label, 'ValueError')
    except TypeError:
        print(label, 'TypeError')


attempt('odd length', lambda: binascii.unhexlify(b'abc'))
attempt('odd length 1', lambda: binascii.unhexlify(b'0'))
attempt('non-hex', lambda: binascii.unhexlify(b'0g'))
attempt('non-hex space', lambda: binascii.unhexlify(b'00 1'))
attempt('non-hex str', lambda: binascii.unhexlify('zz'))
attempt('non-ascii str', lambda: binascii.unhexlify('\u00e9\u00e9'))
attempt('unhexlify int', lambda: binascii.unhexlify(12))
attempt('unhexlify None', lambda: binascii.unhexlify(None))

attempt('pad 1 char', lambda: binascii.a2b_base64(b'Y'))
attempt('pad 5 chars', lambda: binascii.a2b_base64(b'YWJjZ'))
attempt('missing pad', lambda: binascii.a2b_base64(b'YQ'))
attempt('short pad', lambda: binascii.a2b_base64(b'YQ='))
attempt('missing pad 3', lambda: binascii.a2b_base64(b'YWI'))
attempt('pad only', lambda: binascii.a2b_base64(b'=='))
attempt('junk only', lambda: binascii.a2b_base64(b'!!!!'))
attempt('non-ascii str', lambda: binascii.a2b_base64('\u00e9'))
attempt('a2b int', lambda: binascii.a2b_base64(5))

attempt('hexlify int', lambda: binascii.hexlify(5))
attempt('hexlify list', lambda: binascii.hexlify([1, 2]))
attempt('sep too long', lambda: binascii.hexlify(b'ab', '::'))
attempt('sep empty', lambda: binascii.hexlify(b'ab', ''))
attempt('sep int', lambda: binascii.hexlify(b'ab', 1))
attempt('b2a int', lambda: binascii.b2a_base64(3))
attempt('b2a None', lambda: binascii.b2a_base64(None))

# The messages CPython and MicroPython share.
try:
    binascii.a2b_base64(b'YQ')
except ValueError as e:
    print(e)
try:
    binascii.hexlify(b'ab', '--')
except ValueError as e:
    print(e)
