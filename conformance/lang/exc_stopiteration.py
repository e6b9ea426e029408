# StopIteration from next() and its value.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration:
    print('exhausted')
print(next(it, 'default'))
def g():
    yield 1
    return 'result'
gi = g()
next(gi)
try:
    gi.send(None)
except StopIteration as e:
    print('value', e.value)
e = StopIteration(5)
print(e.value, e.args)
