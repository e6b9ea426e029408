a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, b ** 1j, abs(b), -a, a == a, a != b)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a - True, 1j * 1j, 1j ** 2, (1 + 1j) ** 10, 2 ** 1j)
print(complex(1, 1) == 1 + 1j, 1j == 1, complex(2, 0) == 2.0, hash(2 + 0j) == hash(2), bool(0j), bool(1e-300j))
for f in [lambda: a < b, lambda: a // b, lambda: a % 2, lambda: 1 / 0j, lambda: 0j ** -1, lambda: int(a), lambda: float(a)]:
    try:
        print(f())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__)
