class A:
    def f(self):
        return 'A.f'
    def g(self, x):
        return 'A.g%d' % x
class B(A):
    def f(self):
        return 'B.f>' + super().f()
    def g(self, x):
        return 'B.g>' + super(B, self).g(x + 1)
class C(B):
    def f(self):
        return 'C.f>' + super().f()
print(C().f(), C().g(1), B().g(0))
class M1:
    def who(self):
        return ['M1']
class M2(M1):
    def who(self):
        return ['M2'] + super().who()
class M3(M1):
    def who(self):
        return ['M3'] + super().who()
class M4(M2, M3):
    def who(self):
        return ['M4'] + super().who()
print(M4().who(), [k.__name__ for k in M4.__mro__] if hasattr(M4, '__mro__') else None)
class I:
    def __init__(self, v):
        self.v = v
class J(I):
    def __init__(self):
        super().__init__(9)
print(J().v)
