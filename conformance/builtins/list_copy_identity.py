a = [1, [2, 3]]
b = a.copy()
c = a[:]
d = list(a)
b[1].append(4)
print(a, b, c, d, a is b, a[1] is b[1], a == b)
e = a * 2
e[1].append(5)
print(a, e, len(e))
f = [[]] * 3
f[0].append(1)
print(f)
