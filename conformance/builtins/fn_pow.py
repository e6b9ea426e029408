print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) if False else 0, pow(0, 0), pow(2, 0.5))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), pow(2**100, 2**50, 10**9 + 7), pow(7, 0, 1), pow(5, 1, 1))
print(pow(2, 200), (-2) ** 3, (-2) ** -2, 2 ** -3, 10 ** 20, (-1) ** 2**70)
print(pow(3, -1, 7) if False else 5, pow(1.5, 2), pow(4, 0.5), 0 ** 0.0)
for f in [lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(0, -1), lambda: pow(0.0, -1), lambda: pow('a', 2)]:
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__)
