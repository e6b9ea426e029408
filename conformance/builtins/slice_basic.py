s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, 2))
print(list(range(20))[s], 'abcdefghijkl'[slice(2, None)], [0, 1, 2, 3][slice(None, None, -1)])
print(s.indices(5), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
l = list(range(10))
print(l[-3:-1], l[-100:100], l[8:2:-2], l[::-3], l[5:5], l[1:-1:4])
class S:
    def __getitem__(self, k):
        return k
print(S()[1:2], S()[::], S()[1:2, 3], S()[...])
try:
    l[::0]
except ValueError as e:
    print('ValueError:', e)
