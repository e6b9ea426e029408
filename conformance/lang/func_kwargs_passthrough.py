# Forwarding *args and **kwargs through wrappers.
def target(a, b=0, *rest, c=1, **kw):
    return a, b, rest, c, sorted(kw.items())
def wrap(*args, **kwargs):
    return target(*args, **kwargs)
print(wrap(1))
print(wrap(1, 2, 3, c=4, d=5))
def wrap2(first, *args, **kwargs):
    kwargs.setdefault('c', 'defaulted')
    return target(first, *args, **kwargs)
print(wrap2('x', 'y'))
print(wrap2('x', c='given'))
