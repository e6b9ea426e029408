# Parameters captured by inner functions, including *args and **kw.
def f(a, *args, **kw):
    def g():
        return a, args, sorted(kw.items())
    return g
print(f(1, 2, 3, x=4)())
def h(n):
    def inner():
        return n * 2
    n += 1
    return inner()
print(h(5))
def defaults(x):
    def inner(y=x):
        return y
    x = 'changed'
    return inner(), inner('given')
print(defaults('orig'))
