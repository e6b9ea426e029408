# Generator edge cases: empty yield from, yield in finally, nested yields,
# return of a yield, recursion, quiet close, throw into a loop.
def g1():
    x = yield from ()
    yield x
print(list(g1()))
def g2():
    try:
        yield 1
    finally:
        yield 'from finally'
print(list(g2()))
def g3():
    for i in range(3):
        with_val = (yield i) or 'none'
        print('sent', with_val)
gen = g3()
print(next(gen), gen.send('a'), next(gen))
def g4():
    return (yield)
gen = g4(); next(gen)
try:
    gen.send('val')
except StopIteration as e:
    print('returned', e.value)
def g5():
    yield [(yield 1), (yield 2)]
gen = g5()
print(next(gen), gen.send('x'), gen.send('y'))
def g6(n):
    if n:
        yield from g6(n - 1)
    yield n
print(list(g6(4)))
def g7():
    try:
        yield
    except GeneratorExit:
        print('exit')
        return
g = g7(); next(g); g.close(); print('closed quietly')
def g8():
    a = yield
    while a:
        a = yield a * 2
g = g8(); next(g)
print(g.send(3), g.send(5))
def g9():
    x = 0
    while True:
        try:
            x = yield x
        except ValueError:
            x = -1
g = g9(); next(g)
print(g.send(4), g.throw(ValueError), g.send(7))
