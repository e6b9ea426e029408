# Exceptions in __exit__ and nested with blocks.
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError('exit failed')
try:
    with Bad():
        pass
except RuntimeError as e:
    print('from exit:', e)
try:
    with Bad():
        raise ValueError('body')
except RuntimeError as e:
    print('exit error replaces body error:', e)
class Log:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('in', self.n)
    def __exit__(self, et, *a):
        print('out', self.n, et.__name__ if et else '-')
try:
    with Log(1):
        with Log(2):
            raise TypeError
except TypeError:
    print('TypeError reached the top')
