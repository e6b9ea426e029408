# Generator expressions passed straight to functions.
data = [5, 3, 8, 1]
print(sum(x for x in data), min(x for x in data), max(x * 2 for x in data))
print(any(x > 7 for x in data), all(x > 0 for x in data))
print(sorted((x for x in data), reverse=True))
print(list(enumerate(c for c in 'ab')))
print(tuple(i for i in range(3)), set(i % 2 for i in range(5)) == {0, 1})
print(''.join(str(d) for d in data))
print(dict((k, k * 2) for k in range(3)) == {0: 0, 1: 2, 2: 4})
