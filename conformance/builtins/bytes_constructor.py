print(bytes(0), bytes(2), bytes([]), bytes((1, 2)), bytes(b'x'), bytes(bytearray(2)), bytes(memoryview(b'mv')), bytes('é', 'utf-8'), bytes('a', encoding='ascii'))
print(bytes(x * 2 for x in range(4)), bytes(range(250, 256)), bytes([True, False]))
for args in [([300],), (['a'],), (-5,), ('str',), (1.0,), ('a', 'bogus'), (None,)]:
    try:
        print(bytes(*args))
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
