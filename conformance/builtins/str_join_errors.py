print('-'.join(x for x in 'abc'), ''.join(['x']), '|'.join({'k': 1}), ', '.join(str(i) for i in range(3)))
for seq in [[1, 2], ['a', None], [b'x'], 5]:
    try:
        print('.'.join(seq))
    except TypeError as e:
        print('TypeError:', e)
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), bytearray(b',').join([b'1', b'2']))
try:
    b'-'.join([b'a', 'b'])
except TypeError as e:
    print('TypeError:', e)
