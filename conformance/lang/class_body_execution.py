# The class body runs once, top to bottom, like a function.
print('before class')
class C:
    print('in body')
    x = 1
    y = x + 1
    if y > 1:
        z = 'conditional'
    for i in range(3):
        pass
    def f(self):
        return 'method'
print('after class')
print(C.x, C.y, C.z, C.i, C().f())
class D:
    items = [n * n for n in range(4)]
print(D.items)
