# Starred unpacking accepts any iterable, including generators.
def gen():
    yield 'a'
    yield 'b'
    yield 'c'
h, *t = gen()
print(h, t)
a, *b = iter(range(3))
print(a, b)
*init, last = {'k': 1}
print(init, last)
a, *b, c, d = range(10)
print(a, b, c, d)
