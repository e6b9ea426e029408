# throw() raises inside the generator at the paused yield.
def worker():
    while True:
        try:
            x = yield 'ready'
            print('got', x)
        except ValueError as e:
            print('handled', e)
            yield 'recovered'
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError('boom')))
print(next(w))
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
try:
    next(f)
except StopIteration:
    print('finished after throw')
