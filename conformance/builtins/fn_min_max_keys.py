d = {'x': 3, 'y': 9, 'z': 1}
print(max(d, key=d.get), min(d, key=d.get), max(d.items(), key=lambda kv: kv[1]), min('b', 'a', 'c', key=ord))
print(max([], key=len, default='empty'), min((), default=0), max([1, 5, 5, 2], key=lambda v: v), max([(1, 'a'), (1, 'b')], key=lambda t: t[0]))
print(max('hello'), min(b'hello'), max(range(3), range(2), key=len), min([[], [1]], key=bool), max(3, 1, 2, key=lambda x: -x))
print(max(x for x in [4, 8, 1]), min(iter([5, 3])), max({1: 'a', 2: 'b'}.values()))
