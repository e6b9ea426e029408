print(b' a  b '.split(), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'a b c'.rsplit(None, 1), b''.split(), b'x'.split(b'x'))
print(b'  pad  '.strip(), b'xxhixx'.strip(b'x'), b'\t\n ab'.lstrip(), b'ab \r\n'.rstrip(), b'abc'.strip(b'ac'))
print(b'key=value=x'.partition(b'='), b'key=value=x'.rpartition(b'='), b'none'.partition(b'='))
print(bytearray(b' q ').strip(), type(bytearray(b' q ').strip()).__name__, bytearray(b'a-b').split(b'-'))
try:
    b'a'.strip('a')
except TypeError as e:
    print('TypeError:', e)
