# Comprehensions see enclosing locals and class-level first iterables.
def f(n):
    offset = 100
    return [offset + i for i in range(n)]
print(f(3))
def g():
    items = ['a', 'b']
    return {i: items.index(i) for i in items}
print(sorted(g().items()))
def h():
    return [[x + y for y in range(2)] for x in range(3)]
print(h())
def k(limit):
    return list(v for v in range(10) if v < limit)
print(k(4))
