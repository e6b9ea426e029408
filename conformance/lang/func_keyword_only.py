# Keyword-only parameters after * and *args.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=5, b=4))
try:
    f(1, 2)
except TypeError:
    print('TypeError positional')
try:
    f(1)
except TypeError:
    print('TypeError missing kw-only')
def g(*args, key=None, reverse=False):
    return sorted(args, key=key, reverse=reverse)
print(g(3, 1, 2), g(3, 1, 2, reverse=True), g('b', 'A', key=str.lower))
def h(a, b=2, *, c, d=4, **rest):
    return a, b, c, d, sorted(rest)
print(h(1, c=3), h(1, 2, c=3, d=5, e=6))
