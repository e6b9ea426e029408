from micropython import const
X = const(1 << 8)
_Y = const(X + 2)
Z = const(_Y * 2 - 1)
print(X, Z)
print('X' in globals(), '_Y' in globals(), 'Z' in globals())
def f():
    return _Y + X
print(f())
class C:
    A = const(5)
    print(A)
W = const(-3)
print(W, -W, ~W, W ** 2)
