t = (3, 1, 2)
print(t + (4, 5), t * 2, 0 * t, t[::-1], t[1:], sorted(t), tuple(sorted(t)), min(t), max(t), sum(t), len(t))
print((1, 2) == (1, 2), (1, 2) < (1, 2, 3), (2,) > (1, 9), () == (), (1,) != (1.0,), ((1, 2), 3) < ((1, 3), 0))
a, b, c = t; print(a, b, c)
x, (y, z) = 1, (2, 3); print(x, y, z)
first, *rest = t; *init, last = t; print(first, rest, init, last)
print(tuple(x for x in range(3)), tuple({'a': 1}), tuple(range(0)), (1,) * 3, type(()).__name__)
for f in [lambda: t + [1], lambda: t * 'a', lambda: t < [1], lambda: (1, 'a') < (1, 2)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
