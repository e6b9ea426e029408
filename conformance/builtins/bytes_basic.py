print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(b'ab'), bytes(bytearray(b'xy')), bytes(range(3)))
print(b'abc'[0], b'abc'[-1], b'abc'[1:], b'abc'[::-1], len(b'abc'), b'a' + b'b', b'ab' * 2, 2 * b'x')
print(b'a' in b'cat', 97 in b'cat', b'' in b'x', 120 in b'abc')
print(b'abc' == b'abc', b'abc' < b'abd', b'a' < b'ab', b'abc' == 'abc', b'x' != b'y')
print(repr(b'\x00\xff\n\t\r\'"\\'), repr(b"'"), repr(b'"\''), b'\x7f\x80')
print(list(b'hi'), tuple(b'\x01\x02'), sorted(b'cab'), max(b'az'))
for f in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes('x'), lambda: b'a' + 'b',
          lambda: b'abc'[5], lambda: bytes(-1), lambda: bytes(1.5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
print(hash(b'ab') == hash(b'ab'), {b'k': 1}[b'k'])
