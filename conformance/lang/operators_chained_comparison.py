# Chained comparisons evaluate each operand at most once.
def v(x):
    print('eval', x)
    return x
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1 == 1, 1 == 1 != 1)
print(v(1) < v(2) < v(3))
print(v(1) < v(0) < v(5))
x = 5
print(0 <= x < 10, 0 <= x <= 4, x > 4 >= 4 == 4)
print(1 < 2 > 0 < 5 != 6)
print('a' < 'b' <= 'b' < 'c')
print(1 in [1] in [[1]])
print(None is None is not False)
def chained(a, b, c):
    return a < b < c
print(chained(1, 2, 3), chained(3, 2, 1))
