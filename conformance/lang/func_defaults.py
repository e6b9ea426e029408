# Default values are evaluated once, at definition time.
counter = [0]
def next_id():
    counter[0] += 1
    return counter[0]
def f(a, b=next_id(), c=[]):
    c.append(a)
    return b, c
print(f(1))
print(f(2))
print(f(3, 99, []))
x = 10
def g(v=x):
    return v
x = 20
print(g())
def h(a, b=2, *rest, c=3, **kw):
    return a, b, rest, c, sorted(kw.items())
print(h(1))
print(h(1, 5, 6, 7, c=8, d=9))
