print(bool(), bool(0), bool(1), bool(''), bool('a'), bool([]), bool([0]), bool({}), bool(None))
print(bool(0.0), bool(-0.0), bool(0j), bool(1j), bool(range(0)), bool(range(1)))
print(True + True, True * 5, ~True, -True)
print(repr(True), str(False), type(True).__name__)
print(True == 1, True is True, isinstance(False, bool), bool.__name__)
print(int(True), float(True), True / 2, True // 2)
class A:
    def __bool__(self):
        return False
class B:
    def __len__(self):
        return 0
print(bool(A()), bool(B()), not A())
print(hash(True), hash(False))
