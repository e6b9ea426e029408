print(b'caf\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1'), b'abc'.decode('ascii'), b'\xff\xfeab'.decode('utf-8', 'ignore'))
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xc3'.decode(errors='replace'), bytearray(b'\xc3\xa9').decode())
for b in [b'\xff', b'ab\xc3', b'\xe2\x82', b'\xe2\x82x', b'a\x80', b'\xc3(', b'\xf0\x9f\x98']:
    try:
        print(b.decode())
    except UnicodeError as e:
        print('UnicodeError:', e)
try:
    b'\xe9'.decode('ascii')
except UnicodeError as e:
    print('UnicodeError:', e)
