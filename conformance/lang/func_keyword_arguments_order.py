# Keyword arguments are matched by name in any order.
def f(a, b, c):
    return '%s-%s-%s' % (a, b, c)
print(f(c=3, a=1, b=2))
print(f(1, c=3, b=2))
def g(x, y=0, z=0):
    return x + 10 * y + 100 * z
print(g(1, z=2), g(z=1, x=3), g(1, 2, 3))
def side(v):
    print('arg', v)
    return v
print(f(side(1), c=side(3), b=side(2)))
