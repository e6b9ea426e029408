# yield inside lambda and generator expressions of calls.
f = lambda: (yield 1)
g = f()
print(next(g))
def gen_of_gens():
    return [list(x for x in range(i)) for i in range(4)]
print(gen_of_gens())
print(list(zip((i for i in 'abc'), (j * 2 for j in range(3)))))
