class Util:
    @staticmethod
    def add(a, b=10):
        return a + b
    @classmethod
    def name(cls):
        return cls.__name__
    @classmethod
    def build(cls, *args, **kw):
        return (cls.__name__, args, sorted(kw.items()))
class Sub(Util):
    pass
print(Util.add(1), Util.add(1, b=2), Util().add(5), Sub.add(0), Util.name(), Sub.name(), Sub().name())
print(Util.build(1, 2, x=3), Sub.build())
