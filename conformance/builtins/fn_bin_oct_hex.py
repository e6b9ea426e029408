for v in [0, 1, -1, 255, -255, 2**64, -2**100, True]:
    print(bin(v), oct(v), hex(v))
class I:
    def __index__(self):
        return 42
print(bin(I()), hex(I()), oct(I()))
for v in [1.5, 'a', None]:
    try:
        hex(v)
    except TypeError as e:
        print('TypeError:', e)
