# Mixing int and float: the result is a float, comparisons cross types.
print(3 + 0.5)
print(2 * 1.5)
print(7 / 7)
print(6 / 4)
print(9 // 2.0)
print(9 % 2.5)
print(4 ** 0.5)
print(2 ** -1)
print(1 == 1.0, 2 < 2.5, 3 >= 3.0, 0 == 0.0)
print(10 - 2.5 * 2)
n = 3
f = 0.25
print(n * f, n / f, n - f)
