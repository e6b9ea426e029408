# Cooperative __init__ across multiple bases.
class Base:
    def __init__(self, **kw):
        self.trail = ['Base']
class Left(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append('Left')
class Right(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append('Right')
class Child(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append('Child')
print(Child().trail)
class Mixin:
    def greet(self):
        return 'hi from ' + self.name()
class Named:
    def name(self):
        return 'Named'
class Both(Mixin, Named):
    pass
print(Both().greet())
