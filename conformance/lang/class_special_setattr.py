# __setattr__ intercepts every attribute assignment.
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            self.__dict__[k] = v
    def __setattr__(self, name, value):
        raise AttributeError('frozen: ' + name)
f = Frozen(a=1)
print(f.a)
try:
    f.a = 2
except AttributeError as e:
    print(e)
class Logged:
    def __setattr__(self, name, value):
        print('set', name, value)
        self.__dict__[name] = value * 2
l = Logged()
l.x = 5
print(l.x)
