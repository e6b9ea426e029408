print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)), hash(()) == hash(tuple()), hash((1, (2, 3))) == hash((1, (2, 3))))
d = {(1, 2): 'a', (1, (2, 3)): 'b', (): 'c'}
print(d[(1, 2)], d[1, (2, 3)], d[()], (1.0, 2) in d)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
print(len({(1, 2), (1, 2), (2, 1)}))
