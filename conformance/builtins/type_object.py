o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), bool(o))
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError')
class A:
    pass
a = A()
print(a == a, a != A(), hash(a) == hash(a), str(a).startswith('<__main__.A object at') or str(a).startswith('<A object'))
print(object.__name__, issubclass(A, object), A.__bases__ == (object,), isinstance(A, object))
class E:
    def __eq__(self, other):
        return 'eq'
print(E() == 1, 1 == E(), E() != 1)
