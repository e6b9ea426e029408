for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**70, 3), (-2**70, 7), (7.5, 2), (-7.5, 2), (7, 2.5), (1e300, 1e-300)]:
    print(a, b, divmod(a, b))
for a, b in [(1, 0), (1.0, 0), ('a', 1), (1 + 1j, 1)]:
    try:
        print(divmod(a, b))
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__)
