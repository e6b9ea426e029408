# property() called as a function.
class C:
    def __init__(self):
        self._x = 1
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    x = property(getx, setx)
c = C()
print(c.x)
c.x = 5
print(c.x)
print(type(C.x).__name__)
