pairs = [(1, 1.0), (0, -0.0), (-7, -7.0), (2**40, 2.0**40), (True, 1), (False, 0.0), (1 + 0j, 1), ('a', 'a'), ((1, 2), (1.0, 2.0)), (frozenset({1}), frozenset({1.0}))]
print([a == b and hash(a) == hash(b) for a, b in pairs])
print(len({1, 1.0, True, 1 + 0j}), len({0, 0.0, False, -0.0, 0j}), {1: 'int', 1.0: 'float'})
