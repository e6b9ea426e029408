# An uncaught exception raised two calls deep: the traceback names every frame.
def inner(v):
    raise ValueError('bad ' + v)


def outer():
    print('calling')
    inner('input')


outer()
print('never')
