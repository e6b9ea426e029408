print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed(b'ab')))
class R:
    def __reversed__(self):
        return iter([9, 8])
class S:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
print(list(reversed(R())), list(reversed(S())))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'end'))
for v in [5, {1}]:
    try:
        reversed(v)
    except TypeError as e:
        print('TypeError:', e)
