# classmethods receive the subclass they are called on.
class Base:
    registry = None
    @classmethod
    def make(cls, *args):
        obj = cls(*args)
        obj.made_by = cls.__name__
        return obj
    @classmethod
    def kind(cls):
        return cls.__name__.lower()
class Apple(Base):
    def __init__(self, colour='red'):
        self.colour = colour
class Pear(Base):
    def __init__(self):
        self.colour = 'green'
a = Apple.make('yellow')
p = Pear.make()
print(a.colour, a.made_by, p.colour, p.made_by, Apple.kind(), p.kind())
