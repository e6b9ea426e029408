# Handlers catch subclasses; order matters.
class A(Exception): pass
class B(A): pass
class C(B): pass
for cls in (A, B, C):
    try:
        raise cls()
    except C:
        print(cls.__name__, 'caught as C')
    except B:
        print(cls.__name__, 'caught as B')
    except A:
        print(cls.__name__, 'caught as A')
try:
    raise C
except (KeyError, B) as e:
    print('tuple match', type(e).__name__)
