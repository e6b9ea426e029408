def gen():
    yield 1
    yield 2
g = gen()
print(next(g), next(g), next(g, None), next(g, 'x'))
print(next(iter(''), 'empty'), next(iter({}), 0), next(iter(range(1)), -1), next(iter({5}), None))
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', e.args)
