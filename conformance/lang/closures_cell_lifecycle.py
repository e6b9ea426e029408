# Cells: deleted and rebound free variables, defaults in class bodies,
# handler names captured, global and nonlocal through several levels.
def a():
    x = 1
    def b():
        return x
    del x
    try:
        b()
    except NameError:
        print('free variable deleted')
a()
def c():
    items = []
    def add():
        items.append(len(items))
    add(); add()
    items = ['rebound']
    add()
    return items
print(c())
class K:
    base = 10
    f = lambda self, v=base: v + 1
    g = (base * i for i in range(3))
print(K().f(), list(K.g))
def d():
    try:
        raise ValueError('e')
    except ValueError as err:
        f = lambda: str(err)
        return f()
print(d())
x = 'global'
def e():
    def inner():
        global x
        x = 'set by inner'
    x = 'local e'
    inner()
    return x
print(e(), x)
def f1():
    v = 0
    def g1():
        def h1():
            nonlocal v
            v += 5
        h1()
        return v
    return g1()
print(f1())
def loopvar():
    fns = []
    for i in range(3):
        def show(i=i):
            return i
        fns.append(show)
    return [fn() for fn in fns]
print(loopvar())
def shadow_param(x):
    def inner():
        return x * 2
    x = x + 1
    return inner()
print(shadow_param(3))
def unbound_cell():
    def get():
        return later
    try:
        get()
    except NameError:
        print('cell not yet bound')
    later = 'now bound'
    return get()
print(unbound_cell())
