# Subclasses of dict: lookups, updates and iteration go to the dict inside.


class Registry(dict):
    def register(self, name, value):
        self[name] = value
        return value

    def names(self):
        return sorted(self)


r = Registry(b=2)
r.register('a', 1)
r['c'] = 3
print(r, len(r), r['a'], r.get('z'), r.get('z', 0), 'b' in r, 'q' in r)
print(r.names(), list(r.keys()), list(r.values()), sorted(r.items()))
print(isinstance(r, dict), type(r).__name__, r == {'b': 2, 'a': 1, 'c': 3}, {} == r)
del r['b']
print(r.pop('c'), r, r.setdefault('d', 4), r)
r.update({'e': 5}, f=6)
print(r, dict(r), len(dict(r)))
for k in r:
    print('key', k)
print(sorted(r.items()))


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, key):
        self[key] = self[key] + 1


c = Counter()
for word in 'the cat and the hat and the bat'.split():
    c.add(word)
print(sorted(c.items()), c['nothing'], 'nothing' in c)


class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())


u = Upper()
u['abc'] = 1
u['Def'] = 2
print(u, u['ABC'], u['def'], len(u))
try:
    u['missing']
except KeyError as e:
    print('KeyError', e)


class WithInit(dict):
    def __init__(self, pairs, tag):
        super().__init__(pairs)
        self.tag = tag


w = WithInit([('x', 1), ('y', 2)], 'T')
print(w, w.tag, w['x'])
try:
    w['nope']
except KeyError as e:
    print('KeyError', e)
