a, b, c = {1, 2}, {1, 2, 3}, {4}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == {2, 1}, a != b, a < c, a > c, a == frozenset(a))
print(set() < a, set() == frozenset(), {1} == [1], {1} != (1,), frozenset({1, 2}) < b)
try:
    a < [1, 2, 3]
except TypeError as e:
    print('TypeError:', e)
print(sorted([{3}, {1, 2}, {1}], key=len))
