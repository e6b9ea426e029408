print('abc'.encode(), 'café'.encode(), 'café'.encode('utf-8'), 'x'.encode('ascii') if False else b'x')
print(b'caf\xc3\xa9'.decode(), b'abc'.decode('utf-8'), bytearray(b'hi').decode())
print(len('€'.encode()), list('é'.encode()))
print(bytes('abc', 'utf-8'), bytearray('é', 'utf-8'))
try:
    bytes('abc')
except TypeError as e:
    print('TypeError:', e)
