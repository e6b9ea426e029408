# Arithmetic operator methods.
class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    def __truediv__(self, k):
        return Vec(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return Vec(*[a // k for a in self.c])
    def __mod__(self, k):
        return Vec(*[a % k for a in self.c])
    def __pow__(self, k):
        return Vec(*[a ** k for a in self.c])
    def __neg__(self):
        return Vec(*[-a for a in self.c])
    def __pos__(self):
        return self
    def __abs__(self):
        return Vec(*[abs(a) for a in self.c])
    def __invert__(self):
        return Vec(*[~a for a in self.c])
    def __repr__(self):
        return 'Vec%r' % (self.c,)
v, w = Vec(1, 2), Vec(10, 20)
print(v + w, w - v, v * 3, w / 4, w // 3, w % 7, v ** 2)
print(-v, +v, abs(Vec(-1, 2)), ~v)
