# Exceptions propagate out of generators and end them.
def gen():
    yield 1
    raise ValueError('in gen')
    yield 2
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('caught', e)
try:
    next(g)
except StopIteration:
    print('generator finished')
def safe():
    for x in [1, 0, 2]:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield 'inf'
print(list(safe()))
