d = {}
d[1] = 'int'; d[1.0] = 'float'; d['1'] = 'str'; d[(1, 2)] = 'tuple'; d[None] = 'none'; d[True] = 'bool'
print(d, len(d))
del d[(1, 2)]
print(d, 1 in d, 2 in d, '1' in d)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} != {1: 1})
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), big[999], sum(big.values()), list(big)[:5])
try:
    del big[0]
except KeyError as e:
    print('KeyError', e)
try:
    {} < {}
except TypeError as e:
    print('TypeError')
print({'a': {'b': [1, (2,)]}}, str({1: 'x'}), repr({'k': "v'"}))
