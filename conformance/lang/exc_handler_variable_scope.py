# except ... as name inside functions with nested functions.
def f():
    try:
        raise ValueError('v')
    except ValueError as e:
        def show():
            return 'inner sees ' + str(e)
        return show()
print(f())
def g():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return type(err).__name__
print(g())
