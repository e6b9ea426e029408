# Reflected operators are used when the left operand does not know the type.
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.v + o.v)
        return Money(self.v + o)
    def __radd__(self, o):
        return Money(o + self.v)
    def __rsub__(self, o):
        return Money(o - self.v)
    def __rmul__(self, k):
        return Money(self.v * k)
    def __repr__(self):
        return 'Money(%d)' % self.v
print(Money(5) + 3, 3 + Money(5), 10 - Money(4), 3 * Money(7))
print(sum([Money(1), Money(2), Money(3)]))
print(Money(1) + Money(2))
