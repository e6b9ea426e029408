# const() values are substituted at compile time.
try:
    from micropython import const
except ImportError:
    def const(x):
        return x
A = const(10)
B = const(A * 2 + 1)
C = const(0x100 | 1)
print(A, B, C)
def f():
    return A + B
print(f())
print([A, B, C])
LIMIT = const(3)
for i in range(LIMIT):
    print('i', i)
