# Base classes given by expressions.
class Base1:
    def total(self):
        return sum(self.items)
class Base2:
    items = [1, 2, 3]
def pick(n):
    return [Base1, Base2][n]
class Mixed(pick(0), pick(1)):
    pass
m = Mixed()
print(m.total(), isinstance(m, Base2))
bases = (Exception,)
class E(*bases):
    pass
print(issubclass(E, Exception))
class Empty():
    pass
print(Empty.__name__)
