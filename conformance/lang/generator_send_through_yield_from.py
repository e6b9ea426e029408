# Values sent to the outer generator reach the inner one.
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def wrapper():
    result = yield from accumulate()
    yield 'final %d' % result
g = wrapper()
print(next(g), g.send(5), g.send(10), g.send(None))
