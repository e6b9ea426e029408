print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted('bca'), sorted((2, 1)), sorted({'b': 1, 'a': 2}))
print(sorted([-3, 1, -2], key=abs), sorted(['bb', 'a', 'ccc'], key=len, reverse=True), sorted([], key=len))
print(sorted([1.5, 1, True, 0]), sorted(range(5), key=lambda x: (x % 2, -x)))
data = [('a', 2), ('b', 1), ('c', 2), ('d', 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
for f in [lambda: sorted(1), lambda: sorted([1, None]), lambda: sorted([1], cmp=None), lambda: sorted()]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError')
