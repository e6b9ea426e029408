# Tuple and list targets, nesting, swaps.
a, b = 1, 2
a, b = b, a
print(a, b)
[c, d] = 'xy'
print(c, d)
(e, f), g = [3, 4], 5
print(e, f, g)
[h, (i, [j, k])] = (6, (7, [8, 9]))
print(h, i, j, k)
x = [0, 0, 0]
x[0], x[2] = 'first', 'last'
print(x)
for (m, n) in [(1, 2), (3, 4)]:
    print(m + n)
try:
    p, q = [1, 2, 3]
except ValueError:
    print('ValueError too many')
try:
    p, q, r = [1, 2]
except ValueError:
    print('ValueError too few')
