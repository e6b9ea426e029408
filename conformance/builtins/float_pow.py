print(2.0 ** 10, 2.0 ** -1, (-2.0) ** 3, (-2.0) ** 2, 0.0 ** 0, 0.0 ** 2, 1.0 ** 1e308, 4.0 ** 0.5, 10.0 ** -3)
print((-8.0) ** (1 / 3), (-1) ** 0.5, 2 ** 0.5 * 2 ** 0.5)
print(float('inf') ** 0, float('nan') ** 0, 1 ** float('nan'), (-1.0) ** float('inf'), 0.5 ** float('inf'), 2.0 ** float('-inf'))
for f in [lambda: 0.0 ** -1, lambda: 10.0 ** 1000, lambda: (-10.0) ** 1001]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__)
