d = {'a': 1}
k, v, i = d.keys(), d.values(), d.items()
d['b'] = 2
print(list(k), list(v), list(i), len(k), 'b' in k, 2 in v, ('b', 2) in i)
del d['a']
print(list(k), list(v), list(i), bool(k))
d.clear()
print(list(k), len(i), bool(v))
print(list(reversed({'x': 1, 'y': 2})), sorted({'b': 1, 'a': 2}.keys()), list({1: 2}.values()))
