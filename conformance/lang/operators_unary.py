# Unary operators on numbers and custom objects.
print(-5, +5, ~5, -(-5), --5, -+-5, ~~7)
print(-0.5, +0.5, -True, ~False, not 0)
x = 3
print(-x ** 2, (-x) ** 2)
class N:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
n = N()
print(-n, +n, ~n)
