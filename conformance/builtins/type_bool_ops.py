print(True and 'x', False or 'y', not True, not 0, True + 1.5, True * 'ab', -False, True / True, True // True, True % 2)
print(int(True), float(False), str(True), repr(False), bool('False'), bool(0.0), bool(' '), True == 1.0, hash(True) == hash(1.0))
print(sorted([True, False, 2, -1]), max(True, 0.5), sum([True, True, False]), [False] * 2, 'ab'[True])
print(isinstance(True, int), type(True + True).__name__, type(True * 1.0).__name__, bool(bool))
try:
    bool(1, 2)
except TypeError:
    print('TypeError')
