a = {'k': [1], 'n': 2}
b = a.copy()
b['k'].append(2)
b['n'] = 3
print(a, b, a is b, a['k'] is b['k'])
c = dict(a)
a.clear()
print(a, c, len(a), bool(a), bool(c))
d = {}
d[1] = d
print(len(d), d[1] is d)
