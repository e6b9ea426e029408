class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
l = list(range(10))
print(l[I(2):I(5)], l[I(-3):], 'abcdef'[I(1):I(4):I(2)], 'xyz'[I(1)], (1, 2, 3)[I(0)], bytes(5)[I(1):])
print(bin(I(5)), hex(I(255)), range(I(3)), list(range(I(1), I(4))), 'ab' * I(2), chr(I(65)))
try:
    l[1.5:]
except TypeError as e:
    print('TypeError:', e)
