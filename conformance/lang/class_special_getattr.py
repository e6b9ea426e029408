# __getattr__ is called only for missing attributes.
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print('forwarding', name)
        return getattr(self.target, name)
class T:
    x = 'T.x'
    def hello(self):
        return 'hello from T'
p = Proxy(T())
print(p.x)
print(p.hello())
print(p.target.__class__.__name__)
class Default:
    def __getattr__(self, name):
        if name.startswith('opt_'):
            return None
        raise AttributeError(name)
d = Default()
print(d.opt_color)
try:
    d.other
except AttributeError:
    print('AttributeError')
print(hasattr(d, 'opt_x'), hasattr(d, 'nope'))
