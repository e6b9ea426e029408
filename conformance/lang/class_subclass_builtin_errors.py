# Misuse around builtin base classes raises the errors CPython raises.


class L(list):
    pass


class D(dict):
    pass


try:
    class Both(L, D):
        pass
except TypeError:
    print('TypeError: two builtin layouts')

try:
    list.append(5, 1)
except TypeError:
    print('TypeError: list method on an int')

try:
    str.upper([1])
except TypeError:
    print('TypeError: str method on a list')

try:
    dict.keys(L())
except TypeError:
    print('TypeError: dict method on a list subclass')

try:
    hash(L())
except TypeError as e:
    print('TypeError', e)

class T(tuple):
    pass


try:
    hash(T(([1],)))
except TypeError as e:
    print('TypeError', e)
print(hash(T((1, 2))) == hash((1, 2)))

try:
    L([1])[5]
except IndexError as e:
    print('IndexError', e)

try:
    D()['k']
except KeyError as e:
    print('KeyError', e)

try:
    L(1)
except TypeError:
    print('TypeError: int is not iterable')

try:
    L() + 1
except TypeError:
    print('TypeError: list + int')

try:
    class B(bool):
        pass
except TypeError:
    print('TypeError: bool is final')


class S(str):
    pass


try:
    S('a') + 1
except TypeError:
    print('TypeError: str + int')
print(list.append(L(), 1), str.upper(S('ok')), str.upper('ok'), list.count(L([1, 1]), 1))
l = [3]
list.append(l, 4)
print(l, L.__name__, L.__bases__ == (list,), D.__mro__ == (D, dict, object))
