# return in a generator ends it; the value goes in StopIteration.
def g(n):
    for i in range(n):
        if i == 2:
            return 'stopped at 2'
        yield i
print(list(g(5)))
gen = g(5)
vals = []
while True:
    try:
        vals.append(gen.send(None))
    except StopIteration as e:
        print(vals, e.value)
        break
def empty():
    return 'nothing'
    yield
try:
    empty().send(None)
except StopIteration as e:
    print('empty', e.value)
