# Keyword-only parameters in every arrangement, with defaults in any order.
def f(*, a=1, b):
    return a, b
print(f(b=2), f(a=0, b=3))
def g(x, *args, y=[], **kw):
    y.append(x)
    return args, y, sorted(kw)
print(g(1), g(2, 3, z=4))
def h(a, b=2, *, c=3, **rest):
    return a + b + c + sum(rest.values())
print(h(1), h(1, c=10, d=100))
print((lambda *, k=5: k)(), (lambda *, k: k)(k=6))
try:
    f()
except TypeError:
    print('TypeError missing b')
try:
    f(1, b=2)
except TypeError:
    print('TypeError positional to kw-only')
