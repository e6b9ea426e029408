# Comparison operators on ints, floats and strings, and chained comparisons.
print(1 < 2, 2 < 1, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5, 5 != 5)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(-1 < 0, 0.5 < 1, -0.0 == 0.0)
print('abc' == 'abc', 'abc' != 'abd', 'a' < 'b', 'b' < 'a')
print('apple' < 'banana', 'Zebra' < 'apple', 'ab' < 'abc')
x = 5
print(x == 5, x != 5, x > 2)
