# Order of finally blocks when nested generators are closed.
def inner():
    try:
        yield 'i1'
        yield 'i2'
    finally:
        print('inner finally')
def outer():
    try:
        yield from inner()
    finally:
        print('outer finally')
g = outer()
print(next(g))
g.close()
print('both closed')
