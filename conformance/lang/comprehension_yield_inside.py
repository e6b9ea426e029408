# The first iterable of a comprehension belongs to the enclosing function,
# so it may yield; a yield anywhere else in a comprehension is an error.
def outer():
    vals = yield
    yield [v * 2 for v in vals]
g = outer()
next(g)
print(g.send([1, 2, 3]))
def first_iter():
    out = [x + 1 for x in (yield 'give me a list')]
    yield out
g = first_iter()
print(next(g))
print(g.send([10, 20]))
for src in ('def f():\n    return [(yield x) for x in range(3)]\n',
            'def f():\n    return {(yield k): 1 for k in "ab"}\n',
            'def f():\n    return list((yield v) for v in "ab")\n',
            'def f():\n    return [x for x in range(3) if (yield x)]\n'):
    try:
        compile(src, 'src', 'exec')
        print('compiled')
    except SyntaxError:
        print('SyntaxError')
