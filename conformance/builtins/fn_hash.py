print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(12345), hash(-12345))
print(hash(0.0), hash(1.0), hash(0.5) == hash(0.5), hash(1.5) != hash(0.5), hash(1e100) == hash(int(1e100)))
print(hash(float('inf')), hash(float('-inf')), hash(2**100) == hash(float(2**100)))
print(hash('a') == hash('a'), hash((1, 'a')) == hash((1, 'a')), hash(None) == hash(None), hash(frozenset()) == hash(frozenset()))
class A:
    def __hash__(self):
        return 42
class B:
    def __eq__(self, o):
        return True
print(hash(A()), hash(A()) == 42)
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print('TypeError:', e)
