# not binds looser than comparisons.
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(not 1 in [1], 1 not in [2])
print(not not 0, not not [1])
a = 3
print(not a > 5 and a < 5)
print(not (a > 5 and a < 5))
print(a is not None, not a is None)
