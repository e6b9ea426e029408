print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)), list(enumerate('ab', start=-2)))
e = enumerate(range(3))
print(next(e), next(e), list(e), iter(e) is e)
for i, (a, b) in enumerate([(1, 2), (3, 4)], 10):
    print(i, a, b)
try:
    enumerate(5)
except TypeError as e:
    print('TypeError')
print(list(enumerate(range(2), 2**70)))
