# Parallel assignment from a tuple display: values are all evaluated first, then stored left
# to right (so a target may use a name an earlier target just stored).
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
l = [0, 0, 0]
i = 0
l[i], i = 5, 2
print(l, i)
i, l[i] = 1, 9
print(l, i)
[p, q] = 'pq', 'qp'
print(p, q)
def f():
    m, n = 3, 4
    m, n = n, m + n
    return m, n
print(f())
class C: pass
c = C()
c.u, c.v = 1, c
print(c.u, c.v is c)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print('ValueError')
