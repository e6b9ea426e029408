# with calls __enter__ and __exit__, binding the result of __enter__.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et is None)
with CM('a') as v:
    print('body', v)
with CM('b'):
    print('no target')
def f():
    with CM('c') as v:
        return v + '!'
print(f())
