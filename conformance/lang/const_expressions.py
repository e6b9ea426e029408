# const() folds integer expressions of other constants.
try:
    from micropython import const
except ImportError:
    def const(x):
        return x
BIT0 = const(1 << 0)
BIT3 = const(1 << 3)
MASK = const(BIT0 | BIT3)
NEG = const(-5)
COMPLEX = const((MASK * 3 - NEG) // 2 % 7)
print(BIT0, BIT3, MASK, NEG, COMPLEX)
print(MASK & BIT3, ~MASK, NEG ** 2)
BIG = const(1 << 20)
print(BIG, BIG - 1)
x = MASK
x += BIT3
print(x)
