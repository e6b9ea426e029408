# Class bodies bind their own names; methods and comprehensions skip the
# class scope; nonlocal in a class body reaches the enclosing function.
def f():
    x = 1
    class C:
        nonlocal x
        x = 2
    return x
print(f())
def g():
    x = 'enclosing'
    class C:
        x = 'class'
        print(x)
        def m(self):
            return x
    return C().m()
print(g())
def h():
    y = 'cell'
    class D:
        z = y
        def get(self):
            return y, __class__.__name__
    return D.z, D().get()
print(h())
class E:
    def m(self):
        return __class__
print(E().m() is E)
def k():
    v = 1
    class F:
        v = 2
        w = [v for _ in range(1)]
    return F.w
print(k())
