# isinstance/issubclass with tuples and builtins.
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, B)), isinstance(1, (str, int)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)))
print(isinstance(True, int), issubclass(bool, int))
print(isinstance([], list), isinstance((), list), isinstance(A, type))
print(issubclass(B, object), isinstance(b, object))
