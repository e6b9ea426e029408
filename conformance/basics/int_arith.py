# Integer arithmetic: every binary operator, signs, precedence.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(2 ** 10, 3 ** 0, (-2) ** 3)
print(a - b * 2 + 1)
print((a - b) * 2 + 1)
print(-a, +b, -(-a))
print(2 ** 3 ** 2)
print(1000000 * 1000)
x = 0
x = x + 7
x = x * 3
x = x - 1
print(x)
