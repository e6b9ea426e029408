l = [5, 2, 8, -1, 0, 3]
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.sort(key=abs); print(l)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
stable = [(1, i) for i in range(5)] + [(0, i) for i in range(5)]
print(sorted(stable, key=lambda p: p[0]))
print(sorted(range(20), key=lambda x: x % 3), sorted([], reverse=True), sorted('hello'))
print(sorted({3: 1, 1: 2}), sorted({5, 1, 3}), sorted([0.5, -1, 2**70, 3]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print('TypeError')
