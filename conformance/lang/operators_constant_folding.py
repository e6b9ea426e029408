# Expressions of constants give the same values as at run time.
a = 1 + 2 * 3 - 4 // 2
b = (1 << 10) | (1 << 3)
c = -7 // 2, -7 % 2, 7 // -2
d = 2 ** 10 ** 1
e = 0x7fffffff + 1
f = -(1 << 40)
g = 3 * 1000000000
print(a, b, c, d, e, f, g)
x = 7
print(x // 2 == 7 // 2, -x % 3 == -7 % 3)
print(10 ** 20, 2 ** 64 // 3)
