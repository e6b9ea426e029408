print(type(1), type('a'), type([]), type(None), type(type), type(1.5), type(2**70), type(True))
print(type(1) is int, type(1) == int, type('') is str, type(type(1)) is type)
X = type('X', (), {'a': 1, 'f': lambda self: 42})
x = X()
print(X.__name__, x.a, x.f(), type(x) is X, isinstance(x, X))
Y = type('Y', (X,), {})
print(Y().a, issubclass(Y, X), Y.__bases__ == (X,))
class A:
    pass
print(type(A()).__name__, A.__name__, int.__name__, type(A))
for f in [lambda: type(1, 2)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError')
