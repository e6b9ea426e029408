# __exit__ returning true suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print('suppressed', et.__name__)
            return True
        return False
with Suppress(KeyError):
    {}['missing']
print('after suppressed KeyError')
try:
    with Suppress(KeyError):
        [][0]
except IndexError:
    print('IndexError not suppressed')
def f():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print(10 // (1 - i))
    return 'finished'
print(f())
