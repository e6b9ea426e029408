print(sorted({x % 4 for x in range(20)}), sorted({c for c in 'mississippi'}), len({(x, y) for x in range(3) for y in range(3)}))
print(sorted(set('abc') | set('cde')), sorted(set([1, 2, 2, 3]) - {2}), sorted({1.0, 1, True, 2}), {0} == {0.0}, {None} | {None})
print(sorted(set(range(100)) & set(range(50, 150)))[::10], len(set(range(1000))), 500 in set(range(1000)))
