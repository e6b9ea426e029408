class A:
    x = 1
    def __init__(self):
        self.y = 2
a = A()
print(getattr(a, 'x'), getattr(a, 'y'), getattr(a, 'z', None), getattr(A, 'x'), hasattr(a, 'y'), hasattr(a, 'q'))
setattr(a, 'z', 3); print(a.z, getattr(a, 'z'))
delattr(a, 'z'); print(hasattr(a, 'z'))
print(getattr([], 'append') is not None, getattr(1, 'bit_length')(), hasattr('', 'join'))
for f in [lambda: getattr(a, 'nope'), lambda: getattr(a, 1), lambda: delattr(a, 'nope'), lambda: setattr(1, 'x', 2), lambda: hasattr(a, None)]:
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__)
class G:
    def __getattr__(self, n):
        return n * 2
print(getattr(G(), 'ab'), hasattr(G(), 'anything'))
