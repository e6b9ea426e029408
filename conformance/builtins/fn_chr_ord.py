print(chr(65), chr(0x20ac), chr(0x1f600), chr(0), repr(chr(127)), ord('A'), ord('€'), ord('\U0001f600'), ord(b'a'))
print([ord(c) for c in 'héllo'], ''.join(chr(c) for c in range(97, 102)), ord(bytearray(b'z')))
for f in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr('a'), lambda: ord('ab'), lambda: ord(''), lambda: ord(1)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
