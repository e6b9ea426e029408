print(len(''), len('héllo'), len([1, 2]), len((1,)), len({1: 2}), len({1, 2}), len(b'ab'), len(bytearray(3)), len(range(5)), len(frozenset()))
class L:
    def __len__(self):
        return 7
print(len(L()))
try:
    len(iter([]))
except TypeError:
    print('TypeError')
for v in [1, None, 1.5]:
    try:
        len(v)
    except TypeError as e:
        print('TypeError:', e)
