# Generators chained into a pipeline.
def numbers(n):
    for i in range(n):
        yield i
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(4, squares(evens(numbers(100))))))
print(sum(squares(range(10))))
lines = ['a=1', '# comment', 'b = 2', '', 'c=3']
def parse(ls):
    for l in ls:
        l = l.strip()
        if not l or l.startswith('#'):
            continue
        k, v = l.split('=')
        yield k.strip(), int(v)
print(dict(parse(lines)) == {'a': 1, 'b': 2, 'c': 3})
