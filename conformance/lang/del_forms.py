# del of names, attributes, subscripts, slices and target lists.
x = 1
del x
try:
    x
except NameError:
    print('x gone')
class C: pass
c = C()
c.a = 1
c.b = 2
del c.a
print(hasattr(c, 'a'), hasattr(c, 'b'))
l = [0, 1, 2, 3, 4, 5]
del l[0]
del l[1:3]
print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['a'], d['b']
print(d)
p, q = 1, 2
del (p, q)
r = s = 3
del [r, s]
print('p' in dir(), 'r' in dir())
try:
    del d['zz']
except KeyError:
    print('KeyError')
