# throw() and close() pass through yield from.
def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        print('inner handled ValueError')
        yield 'after'
    finally:
        print('inner finally')
def outer():
    yield from inner()
    yield 'outer tail'
g = outer()
print(next(g))
print(g.throw(ValueError))
print(next(g))
g2 = outer()
next(g2)
g2.close()
print('closed')
