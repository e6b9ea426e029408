# yield as an expression in various positions.
def g():
    a = yield
    b = (yield a) + 1
    c = [(yield b), (yield 'x')]
    yield c
gen = g()
print(next(gen))
print(gen.send(1))
print(gen.send(10))
print(gen.send('p'))
print(gen.send('q'))
def h():
    print('got', (yield 1), (yield 2))
gen = h()
next(gen); gen.send('A')
try:
    gen.send('B')
except StopIteration:
    print('end')
