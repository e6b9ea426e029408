print(len(range(10**6)), len('x' * 1000), len([0] * 500), len(b'\x00' * 300), len({i: i for i in range(200)}), len(set(range(150))))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(0)), len(L(5)), bool(L(0)), bool(L(1)))
for n in [-1, 'x']:
    try:
        len(L(n))
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
