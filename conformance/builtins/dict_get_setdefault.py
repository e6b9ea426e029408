d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 'dflt'), d.setdefault('b'), d, d.setdefault('c', []), d)
d.setdefault('c', []).append(1)
d.setdefault('c', []).append(2)
print(d)
print(d.get(1.0), {1: 'x'}.get(True), {1: 'x'}.get(1.0))
try:
    d.get()
except TypeError:
    print('TypeError')
try:
    d.get([])
except TypeError as e:
    print('TypeError:', e)
