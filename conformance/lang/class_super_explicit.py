# super(Class, obj) with explicit arguments.
class A:
    def f(self): return 'A.f'
class B(A):
    def f(self): return 'B.f+' + super(B, self).f()
class C(B):
    def f(self): return 'C.f+' + super(B, self).f()
print(B().f(), C().f())
def outside(obj):
    return super(B, obj).f()
print(outside(C()))
