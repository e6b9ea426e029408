print(list(zip()), list(zip([1, 2])), list(zip([1, 2, 3], 'ab')), list(zip(range(3), range(10, 13), 'xyz')))
z = zip([1], [2])
print(next(z), next(z, None), iter(z) is z)
print(dict(zip('abc', range(3))), list(zip(*[(1, 'a'), (2, 'b')])))
try:
    zip(1)
except TypeError as e:
    print('TypeError')
def g():
    for i in range(5):
        print('gen', i)
        yield i
print(list(zip(g(), [0, 1])))
