# Comprehensions capture enclosing variables; their own variables stay inside.
def f():
    base = 10
    return [base + i for i in range(3)]
print(f())
def g():
    fns = [lambda: x for x in range(3)]
    return [fn() for fn in fns]
print(g())
def h():
    n = 2
    return {k: k * n for k in 'ab'}
print(sorted(h().items()))
