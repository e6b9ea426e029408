# Class decorators receive and may replace the class.
def add_repr(cls):
    def __repr__(self):
        return '<%s %r>' % (cls.__name__, sorted(self.__dict__.items()))
    cls.__repr__ = __repr__
    return cls
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco
@register('pt')
@add_repr
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
print(repr(P()))
print(registry['pt'] is P)
