# *args and **kwargs collection.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, *[2, 3], x=4, **{'y': 5}))
def g(a, *args):
    return a, args
print(g(1), g(1, 2, 3))
def h(**kw):
    kw['added'] = True
    return kw
d = {'z': 1}
r = h(**d)
print(sorted(r.items()), d)
print(type(f()[0]).__name__)
