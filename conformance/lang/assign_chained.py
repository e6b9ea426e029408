# Chained assignment binds every target to the same object.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
p, q = r = (1, 2)
print(p, q, r)
d = {}
d['k'] = d['j'] = 3
print(sorted(d.items()))
class O: pass
o = O()
o.a = o.b = 'v'
print(o.a, o.b)
i = l = [0, 0]
i[0] = l[1] = 9
print(i, l)
