d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = len(d)
print(list(d), list(d.values()), list(d.items()))
d['a'] = 99
del d['z']
d['z'] = 0
print(list(d), d)
d2 = dict.fromkeys('hello')
print(list(d2))
