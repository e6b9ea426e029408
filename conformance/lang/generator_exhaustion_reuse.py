# A finished generator stays finished; a new call starts fresh.
def g():
    yield 1
    yield 2
a = g()
print(list(a), list(a))
print(list(g()), sum(g()))
it = iter(g())
print(it is iter(it))
print(next(it), next(it), next(it, 'done'))
