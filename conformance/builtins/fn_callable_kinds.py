class A:
    def m(self):
        pass
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
def f():
    pass
g = (x for x in [])
print([callable(x) for x in (A, A(), A.m, A().m, A.s, A.c, f, lambda: 0, g, len, str.upper, 'x'.upper, type, object(), print, iter, None)])
