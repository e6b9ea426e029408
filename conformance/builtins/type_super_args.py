class A:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw
    def who(self):
        return 'A'
class B(A):
    def __init__(self, x):
        super().__init__(x, extra=True)
    def who(self):
        return 'B+' + super().who()
class C(B):
    def who(self):
        return 'C+' + super(C, self).who()
c = C(5)
print(c.args, sorted(c.kw.items()), c.who(), super(B, c).who())
