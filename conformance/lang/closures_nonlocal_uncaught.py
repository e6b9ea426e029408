# A nonlocal with no binding stops the whole script at compile time.
print('never printed')
def f():
    def g():
        nonlocal missing
        missing = 1
    return g
