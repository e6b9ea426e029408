# yield from delegates iteration, send and return values.
def inner():
    x = yield 'inner 1'
    print('inner got', x)
    yield 'inner 2'
    return 'inner result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'outer end'
g = outer()
print(next(g))
print(g.send('hello'))
print(next(g))
try:
    next(g)
except StopIteration:
    print('stop')
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1, 2], range(2))))
