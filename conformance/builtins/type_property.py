class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print('deleting')
        self._x = None
    def get_y(self):
        return 'y'
    y = property(get_y)
c = C()
print(c.x); c.x = 5; print(c.x); del c.x; print(c.x, c.y)
try:
    c.y = 1
except AttributeError as e:
    print('AttributeError')
print(type(C.x).__name__)
