# closures/nonlocal
def outer():
    x = 1
    def inc():
        nonlocal x
        x += 1
        return x
    return inc
f = outer(); print(f(), f())
def mk():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [g() for g in fs]
print(mk())
# class body reaching enclosing function variables
def fn():
    y = 10
    class C:
        z = y + 1
        def m(self): return y
    return C
C = fn(); print(C.z, C().m())
# super
class A:
    def f(self): return 'A'
class B(A):
    def f(self): return 'B' + super().f()
print(B().f())
class D(B):
    def f(self):
        r = super().f()
        return 'D' + r
print(D().f())
# star unpacking
a, *b, c = range(6); print(a, b, c)
*a, = [1,2]; print(a)
[x, [y, *z]] = [1, [2, 3, 4]]; print(x, y, z)
for p, *q in [(1,2,3),(4,5)]: print(p, q)
print([*range(3), 5])
# chained comparisons
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 == 4 != 5)
def side(v):
    print('side', v); return v
print(side(1) < side(2) < side(0) < side(3))
# kw-only
def k(a, *, b=2, c): return (a, b, c)
print(k(1, c=3), k(1, b=5, c=6))
def ann(a: int, b: 'x' = 3) -> list: return a + b
print(ann(1))
def va(*args, **kw): return args, sorted(kw.items())
print(va(1, 2, x=3))
print(va(*[1], **{'y': 2}))
