print(b'aaa'.replace(b'a', b'bb'), b'aaa'.replace(b'a', b'', 2), b'abc'.replace(b'', b'.'), b'x'.replace(b'y', b'z'))
print(b', '.join([b'a', b'b']), b''.join([]), b'-'.join((bytearray(b'x'), b'y')), bytearray(b'ab').replace(b'a', b'A'))
print(b'%s' % b'x' if False else b'x', b'ab'.startswith(b'a'), b'ab'.endswith((b'x', b'b')), b'ab'.startswith(b'b', 1))
