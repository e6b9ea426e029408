# Attribute and subscript targets, including slices.
class P:
    pass
p = P()
p.x = 1
p.y = p.x + 1
print(p.x, p.y)
l = list(range(10))
l[2] = 'two'
l[-1] = 'last'
print(l)
l[3:5] = ['a', 'b', 'c']
print(l)
l[::2] = [0] * len(l[::2])
print(l)
d = {}
d[1, 2] = 'tuple key'
print(d[(1, 2)])
m = [[0] * 3 for _ in range(2)]
m[1][2] = 5
print(m)
