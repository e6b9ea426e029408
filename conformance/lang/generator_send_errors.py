# send() before start and after the end.
def g():
    yield 1
gen = g()
try:
    gen.send('too early')
except TypeError:
    print('TypeError: non-None send to fresh generator')
print(gen.send(None))
try:
    gen.send(None)
except StopIteration:
    print('StopIteration at end')
try:
    next(gen)
except StopIteration:
    print('still stopped')
