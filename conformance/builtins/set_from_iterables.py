print(sorted(set('hello')), sorted(set([3, 1, 3])), sorted(set((1, 2))), sorted(set({'a': 1, 'b': 2})), sorted(set(range(5))))
print(sorted(set(x % 3 for x in range(10))), sorted(set(b'abca')), sorted(frozenset('aab')), set() == set([]))
for bad in [1, [[]], [{}]]:
    try:
        set(bad)
    except TypeError as e:
        print('TypeError:', e)
