# del inside functions: locals become unbound, globals are removed.
g = 'global'
def f():
    global g
    del g
f()
print('g' in globals())
def h():
    v = 1
    del v
    try:
        print(v)
    except NameError:
        print('unbound local')
h()
def k():
    w = [1, 2]
    del w[0]
    return w
print(k())
