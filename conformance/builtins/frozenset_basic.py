f = frozenset([1, 2, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__, frozenset() == frozenset(), frozenset('aa'))
print(hash(f) == hash(frozenset([3, 2, 1])), {f: 'ok'}[frozenset({1, 2, 3})])
print(sorted(f | {4}), type(f | {4}).__name__, type({4} | f).__name__, sorted(f & {1, 9}), sorted(f - {1}))
print(f.issubset({1, 2, 3}), f.union([5]) == {1, 2, 3, 5}, f.copy() == f)
try:
    f.add(1)
except AttributeError as e:
    print('AttributeError')
print({frozenset({1}), frozenset({1})} == {frozenset([1])}, repr(frozenset()), repr(frozenset({5})))
