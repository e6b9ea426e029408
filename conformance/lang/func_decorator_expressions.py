# Decorator expressions: attribute access, calls, subscripts.
class Registry:
    def __init__(self):
        self.items = {}
    def add(self, name):
        def deco(fn):
            self.items[name] = fn
            return fn
        return deco
reg = Registry()
@reg.add('greet')
def hello():
    return 'hello'
print(reg.items['greet']())
decos = [lambda f: (lambda: f().upper())]
@decos[0]
def shout():
    return 'quiet'
print(shout())
def outer():
    def d(f):
        f.tag = 'tagged'
        return f
    @d
    def inner():
        pass
    return inner.tag
print(outer())
