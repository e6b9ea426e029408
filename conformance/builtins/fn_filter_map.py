print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(abs, (-1, -2))))
print(list(map(pow, [2, 3], [3, 2], [5, 5])), tuple(map(len, ['a', 'bb'])))
m = map(int, '123')
print(next(m), list(m), iter(m) is m)
f = filter(str.isdigit, 'a1b2')
print(''.join(f), list(f))
for g in [lambda: map(len), lambda: list(map(len, [1])), lambda: filter(None, 5)]:
    try:
        print(g())
    except TypeError as e:
        print('TypeError')
