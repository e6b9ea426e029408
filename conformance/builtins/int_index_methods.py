class N:
    def __index__(self):
        return 3
class F:
    def __int__(self):
        return 9
class T:
    def __trunc__(self):
        return 4
print(int(F()), [1, 2, 3, 4][N()], range(10)[N()])
print((255).to_bytes(2, 'little'), int.from_bytes([1, 0], 'little'), (1024).bit_length(), (-1024).bit_length())
print((-5).__abs__() if hasattr(5, '__abs__') else 5, abs(-5), int(True) + int(False))
