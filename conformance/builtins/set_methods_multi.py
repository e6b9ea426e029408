a = {1, 2, 3, 4}
print(sorted(a.union()), sorted(a.union([5], (6,), [7])), sorted(a.intersection([1, 2], {2, 1, 9})), sorted(a.difference([1], {2})))
print(sorted(a.symmetric_difference([4, 5])), a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint('abc'), a.isdisjoint([4]))
b = set(a); b.update([7], {8}, (9,)); print(sorted(b))
b.intersection_update(range(5), [1, 2, 3, 7]); print(sorted(b))
b.difference_update([1], {2}); print(sorted(b))
b.symmetric_difference_update([3, 10]); print(sorted(b))
for f in [lambda: a.union(5), lambda: a.issubset(5), lambda: a | [1], lambda: a - 'ab']:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
