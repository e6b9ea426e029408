print(isinstance(1, (int, float)), isinstance(1.0, (int, (str, (float,)))), isinstance('s', ()), isinstance([], (list,)))
print(isinstance(True, bool), isinstance(True, (float, int)), isinstance(1, bool), isinstance(b'', (bytes, bytearray)))
print(isinstance(range(1), range), isinstance(slice(1), slice), isinstance(1j, complex), isinstance(frozenset(), set))
print(issubclass(bool, (str, int)), issubclass(int, ()), issubclass(ValueError, Exception), issubclass(KeyError, (LookupError,)))
class A: pass
class B(A): pass
class C(B): pass
print(issubclass(C, A), isinstance(C(), (B,)), issubclass(A, C), [isinstance(x, A) for x in (A(), B(), C(), 1)])
