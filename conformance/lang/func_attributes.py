# Functions are objects with names and attributes.
def f():
    'docstring'
    return 1
print(f.__name__)
f.custom = 42
print(f.custom)
g = f
print(g.__name__, g is f, g())
def outer():
    def inner(): pass
    return inner
print(outer().__name__)
print((lambda: 0).__name__)
print(callable(f), callable(1))
