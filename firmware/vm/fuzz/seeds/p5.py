# generators
def gen():
    x = yield 1
    print('got', x)
    try:
        y = yield 2
    except ValueError as e:
        print('caught', e)
        y = yield 3
    return 'ret'
g = gen()
print(next(g)); print(g.send('a')); print(g.throw(ValueError('bad')))
try:
    g.send(None)
except StopIteration as e:
    print('stop', e.value)
def yf():
    r = yield from gen()
    print('r', r)
    yield 'end'
print(list(yf()))
def sub():
    yield 1; yield 2
def deleg():
    yield from sub(); yield from [3, 4]; yield from (x*x for x in range(3))
print(list(deleg()))
# gen close
def gc():
    try:
        yield 1
    except GeneratorExit:
        print('exit')
        raise
g = gc(); next(g); g.close(); print('closed')
# yield in expressions
def ye():
    a = (yield) + (yield)
    yield a
g = ye(); next(g); g.send(1); print(g.send(2))
# comprehension scoping
x = 'outer'
l = [x for x in range(3)]
print(x, l)
print([(i, j) for i in range(3) for j in range(i)])
print({k: v for k, v in zip('abc', range(3))} == {'a':0,'b':1,'c':2})
print(sorted({i % 3 for i in range(10)}))
print(sum(i for i in range(10) if i % 2))
def cs():
    y = 5
    return [y * i for i in range(3)]
print(cs())
class K:
    v = 3
    w = [i for i in range(v)]
print(K.w)
print([[j for j in range(i)] for i in range(4)])
# lambda closures
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
f = lambda *a, **k: (a, k)
print(f(1, b=2))
print((lambda: (yield))) 
