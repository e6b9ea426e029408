# A larger MRO (the classic O/A/B/C/D/E/K example).
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
try:
    class Bad(A, O, B): pass
    print([c.__name__ for c in Bad.__mro__])
except TypeError:
    print('TypeError: inconsistent MRO')
try:
    class Bad2(O, A): pass
except TypeError:
    print('TypeError: inconsistent MRO 2')
