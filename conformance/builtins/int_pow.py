print([2 ** n for n in range(0, 70, 7)], [(-3) ** n for n in range(6)], 0 ** 0, 10 ** 30, (-10) ** 31)
print(2 ** -1, 4 ** -2, (-2) ** -3, 0 ** 5, 1 ** 10**6, (-1) ** (10**6 + 1))
print(pow(2, 100, 10**9), pow(-2, 101, 97), pow(3, 0, 5), pow(10**30, 10**5, 1234567), pow(7, 10**20, 13))
print(pow(3, -1, 7), pow(2, -3, 11), pow(-5, -1, 13))
for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2.0, 3, 4)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__)
