vals = [b'', b'a', b'ab', b'b', b'\x00', b'\xff', b'A']
print(sorted(vals), min(vals), max(vals))
print(b'a' < b'b', b'ab' > b'a', b'a' == bytearray(b'a'), bytearray(b'a') == b'a', b'a' != 'a', b'' < b'\x00')
print(hash(b'abc') == hash(b'abc'), {b'x': 1, b'y': 2}[b'y'], len({b'a', b'a', b'b'}))
try:
    b'a' < 'a'
except TypeError as e:
    print('TypeError:', e)
