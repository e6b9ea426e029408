# Bound methods remember their instance; functions on instances do not bind.
class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
a, b = C(1), C(2)
m = a.get
print(m(), b.get(), C.get(b))
fns = [a.get, b.get]
print([f() for f in fns])
a.plain = lambda: 'not bound'
print(a.plain())
print(m.__self__ is a if hasattr(m, '__self__') else True)
