class A:
    x = 1
    @property
    def boom(self):
        raise AttributeError('inside')
    @property
    def err(self):
        raise ValueError('v')
a = A()
print(getattr(a, 'x', 0), getattr(a, 'y', 0), getattr(a, 'boom', 'dflt'), hasattr(a, 'boom'))
try:
    getattr(a, 'err', 0)
except ValueError:
    print('ValueError')
try:
    hasattr(a, 'err')
except ValueError:
    print('ValueError')
print(getattr(1, 'real'), getattr('s', 'upper')(), getattr([], 'nope', None), hasattr(None, '__class__'))
