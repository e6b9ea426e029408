d = {}
d.update({'a': 1}); d.update([('b', 2)], c=3); d.update(d=4); d.update((('e', 5),)); d.update({}); d.update()
print(d)
class KeysOnly:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k * 2
d.update(KeysOnly())
print(d)
print(dict(KeysOnly()), dict([('k', 'v')], k2='v2'), dict(zip('ab', 'cd'), z=0))
for bad in [[(1, 2, 3)], [1], ['ab', 'c']]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
