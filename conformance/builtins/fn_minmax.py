print(max(1, 2), max([3, 1, 2]), min('bca'), max('a', 'b', key=str.upper), min([], default=0), max((), default=None))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs), max([2, 2.0]), min([2.0, 2]), max([[1], [0, 5]]))
print(max(range(10), key=lambda x: -x), min('hello', key=ord), max({1: 'a', 5: 'b'}), max(1, 2, key=None))
print(max([(1, 'b'), (1, 'a')]), min(x * x for x in range(-3, 3)), max([0, 1, 1.0, True], key=float))
for f in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 'a'), lambda: max(1, 2, default=0), lambda: min([], foo=1)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
