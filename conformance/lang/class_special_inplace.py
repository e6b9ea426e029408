# In-place operator methods; fallback to the binary method.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
    def __mul__(self, o):
        return Num(self.v * o)
a = Acc()
orig = a
a += 1
a += 2
a -= 1
print(a.items, a is orig)
n = Num(2)
m = n
n += 3
n *= 4
print(n.v, m.v, n is m)
