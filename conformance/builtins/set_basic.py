s = {3, 1, 2}
print(sorted(s), len(s), 1 in s, 5 in s, set(), set([1, 1, 2]) == {1, 2}, sorted(set('hello')))
s.add(4); s.add(1); print(sorted(s))
s.discard(4); s.discard(99); s.remove(3); print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
print(s.pop() in (1, 2), len(s))
s.clear(); print(s, len(s))
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({7}), a <= a, a < a, a >= {1}, a > {1, 2, 3})
c = set(a); c |= {10}; c &= {1, 10}; print(sorted(c))
c = set(a); c -= {1}; c ^= {5}; print(sorted(c))
c = set(a); c.update([7], (8,)); c.intersection_update({7, 8, 1}); print(sorted(c))
c = set(a); c.difference_update({1}); c.symmetric_difference_update({2, 9}); print(sorted(c))
print(a == {3, 2, 1}, a != b, {1} == frozenset({1}), c.copy() == c)
for f in [lambda: {[]}, lambda: set().pop(), lambda: {1} + {2}, lambda: {1} < [1], lambda: hash({1})]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
