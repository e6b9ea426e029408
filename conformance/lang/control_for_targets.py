# Loop targets can be any assignment target.
class Holder: pass
h = Holder()
for h.attr in range(3):
    pass
print(h.attr)
l = [0, 0]
for l[0] in 'xyz':
    pass
print(l)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
d = {}
for k, d[k] in [('a', 1), ('b', 2)]:
    pass
print(sorted(d.items()))
