# += on a list mutates it in place; on a tuple it rebinds.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = {1}
s2 = s
s |= {2}
print(sorted(s), s is s2)
