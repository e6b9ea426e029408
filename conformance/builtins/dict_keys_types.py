d = {1: 'int', 'a': 'str', (1,): 'tuple', None: 'none', 2.5: 'float', frozenset({1}): 'fs', b'b': 'bytes', True: 'bool?'}
print(d[1], d['a'], d[(1,)], d[None], d[2.5], d[frozenset([1])], d[b'b'], len(d))
for k in [[1], {}, set(), bytearray(b'x')]:
    try:
        d[k] = 1
    except TypeError as e:
        print('TypeError:', e)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, H) and o.v == self.v
d2 = {H(1): 'one'}
print(d2[H(1)], H(2) in d2, H(1) in d2)
