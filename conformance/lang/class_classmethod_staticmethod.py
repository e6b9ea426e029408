# classmethod and staticmethod from the class and instances.
class Shape:
    count = 0
    def __init__(self):
        Shape.count += 1
    @classmethod
    def create(cls):
        return cls()
    @classmethod
    def name(cls):
        return cls.__name__
    @staticmethod
    def area(w, h):
        return w * h
class Square(Shape):
    pass
s = Square.create()
print(type(s).__name__, Shape.count)
print(Square.name(), Shape.name(), s.name())
print(Shape.area(2, 3), s.area(4, 5))
