d = {'b': 1, 'a': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), 'a' in k, 2 in v, ('a', 2) in i, ('a', 3) in i)
d['d'] = 4
print(list(k), list(v), list(i))
print(sorted(k), sorted(v), sorted(i))
for key in d:
    print(key, d[key])
print(k == {'a', 'b', 'c', 'd'} if False else True)
it = iter(d)
print(next(it), next(it))
try:
    for x in d:
        d['new' + x] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 0, 'w': 5}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(a.keys() == {'x', 'y', 'z'}, a.keys() != {'x'}, {'y', 'w'} == b.keys(), sorted(a.items() & {('x', 1), ('y', 5)}))
print(sorted({'x', 'q'} & a.keys()), a.keys() >= {'x'}, a.keys() < {'x', 'y', 'z', 'w'})
