for a in [7.5, -7.5, 0.0, -0.0, 1e300, 5.0, 3.0]:
    for b in [2.0, -2.0, 0.5, 1e-300, 3, -3]:
        print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0)]:
    try:
        print(a % b)
    except ZeroDivisionError:
        print('ZeroDivisionError')
