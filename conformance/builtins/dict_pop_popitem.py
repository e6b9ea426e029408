d = {'a': 1, 'b': 2, 'c': 3}
print(d.popitem(), d.popitem(), d)
print(d.pop('a'), d, d.pop('a', None), d.pop('zz', 0))
try:
    d.pop('a')
except KeyError as e:
    print('KeyError', e)
try:
    d.popitem()
except KeyError as e:
    print('KeyError', e)
e = {i: i for i in range(5)}
while e:
    print(e.popitem(), end=' ')
print()
