class A:
    n = 'A'
    @classmethod
    def make(cls, v):
        return (cls.n, v)
    @staticmethod
    def add(a, b):
        return a + b
class B(A):
    n = 'B'
print(A.make(1), B.make(2), A().make(3), B().make(4), A.add(1, 2), A().add(3, 4), B.add('x', 'y'))
print(type(A.__dict__['make']).__name__, type(A.__dict__['add']).__name__)
sm = staticmethod(len)
cm = classmethod(lambda c: c)
class D:
    f = sm
    g = cm
print(D.f('abc'), D.g() is D, D().g() is D)
