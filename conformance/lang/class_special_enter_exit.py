# Context manager methods on a class.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('open', self.name)
        return self
    def __exit__(self, typ, val, tb):
        print('close', self.name, typ.__name__ if typ else None)
        return False
with Res('a') as r:
    print('using', r.name)
try:
    with Res('b'):
        raise KeyError('x')
except KeyError:
    print('KeyError escaped')
