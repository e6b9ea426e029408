# array: float typecodes f (single precision) and d (double)
from array import array as A

f = A('f', [0.1, 0.5, 1 / 3, 1e-3, 3.4e38, -1e38, 16777217, 1e-45, 1e-46])
print(f)
d = A('d', [0.1, 0.5, 1 / 3, 1e-3, 1e308, 5e-324, 16777217, 2**53 + 1])
print(d)
print(A('f', [1e39, -1e39]), A('d', [float('inf'), float('-inf')]))
n = A('f', [float('nan')])
print(n[0] != n[0], A('d', [float('nan')])[0] != 0)
f = A('f')
f.append(2)
f.append(True)
f.append(0.1)
f.extend([2.5, 10**10])
print(f, [type(x).__name__ for x in f])
f[0] = 7
print(f[0], f[-1], type(f[0]).__name__)
d = A('d', range(3))
d[1] = 0.1
print(d, d[1] == 0.1, A('f', [0.1])[0] == 0.1)
print(A('d', [-0.0]), A('f', [-0.0]), A('f', [2**24 + 1]), A('f', [1.5e-45]))


class Half:
    def __float__(self):
        return 0.5


print(A('d', [Half()]), A('f', [Half(), 1]))
