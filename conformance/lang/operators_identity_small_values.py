# Identity of singletons and equality of equal values.
print(None is None, True is True, ... is ...)
a = []
b = a
print(a is b, [] is [], a == [])
print(type(None) is type(None), type(1) is int)
def f():
    return None
print(f() is None, f() is not None)
