# Closures see the variable, not the value at creation time.
def make():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(make())
def make_fixed():
    return [(lambda i=i: i)() for i in range(3)]
print(make_fixed())
def shared():
    v = 1
    get = lambda: v
    v = 2
    return get()
print(shared())
