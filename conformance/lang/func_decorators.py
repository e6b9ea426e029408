# Function decorators apply bottom-up, with arguments.
def trace(fn):
    def wrapper(*a, **k):
        print('call', fn.__name__, a)
        return fn(*a, **k)
    return wrapper
def times(n):
    def deco(fn):
        def wrapper(x):
            return fn(x) * n
        return wrapper
    return deco
@trace
def add(a, b):
    return a + b
print(add(2, 3))
@times(3)
@times(2)
def ident(x):
    return x
print(ident(5))
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry)
