b = b'\x00\x7f\x80\xff'
print(list(b), [x for x in b], tuple(bytearray(b)), sum(b), max(b), min(b), sorted(b, reverse=True))
it = iter(b'ab')
print(next(it), next(it), next(it, None))
print(list(reversed(b'abc')), list(enumerate(b'xy')), dict(zip(b'ab', 'AB')), 0x80 in b, b'\x80' in b)
