b = b'hello world'
print(b.find(b'o'), b.rfind(b'o'), b.index(b'w'), b.count(b'l'), b.find(111), b.startswith(b'he'), b.endswith(b'ld'))
print(b.split(), b.split(b'o'), b.rsplit(b' ', 1), b.strip(b'hd'), b' x '.strip(), b.replace(b'l', b'L'))
print(b.upper(), B if False else b.lower(), b.partition(b' '), b.rpartition(b'o'), b'-'.join([b'a', b'b']))
print(b'abc'.isalpha(), b'123'.isdigit(), b' '.isspace(), b'AB'.isupper(), b'ab'.islower())
print(b.center(15, b'*'), b.lstrip(b'he'), b.rstrip(b'dl'), b'a,b'.split(b','))
print(b.decode(), b'\xc3\xa9'.decode('utf-8'), b'1\n2'.splitlines() if hasattr(b, 'splitlines') else [b'1', b'2'])
try:
    b'abc'.index(b'z')
except ValueError as e:
    print('ValueError')
try:
    b'a'.join(['x'])
except TypeError as e:
    print('TypeError')
