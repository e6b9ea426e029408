# Comparisons across int, float, bool, str, tuples and lists.
print(1 == 1.0, 1 < 1.5, True == 1, False < True)
print('abc' < 'abd', 'Z' < 'a', '' < 'a')
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [1, 2] == [1, 2], [2] > [1, 9])
print((1, 'a') == (1, 'a'), (1,) != (1.0,))
print(max(3, 1.5, 2), min('b', 'a', 'c'))
try:
    [1] < (1,)
except TypeError:
    print('TypeError list < tuple')
