class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)))
print(isinstance(1, float), isinstance('s', str), isinstance([], (tuple, (dict, list))), isinstance(None, type(None)))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, int), issubclass(int, object), issubclass(B, (str, A)))
print(isinstance(int, type), isinstance(type, type), isinstance(object, object), issubclass(type, object))
for f in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
