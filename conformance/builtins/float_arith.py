a, b = 7.5, -2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, b ** 3, divmod(a, b))
print(-7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), 5 % 2.5, -0.0 % 1.0)
print(1 / 3 + 1 / 3, 0.1 * 3, 2 ** 0.5, 4 ** -0.5, (-8) ** 2.0, 10 ** -2)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
inf = float('inf')
print(inf + 1, inf - inf, inf * 0, -inf, abs(-inf))
print(abs(-3.5), -(-3.5), +2.5, round(2.5), round(3.5), round(-2.5))
for f in [lambda: 1.0 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: divmod(1.0, 0.0),
          lambda: 0.0 ** -1, lambda: (-8) ** 0.5 if False else 1 / 0.0]:
    try:
        print(f())
    except ZeroDivisionError as e:
        print('ZeroDivisionError')
try:
    print(10.0 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
print(2.0 ** 1023 * 1.5)
