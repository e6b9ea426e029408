# A with block inside a generator exits when the generator finishes or closes.
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print('enter', self.tag)
    def __exit__(self, *a):
        print('exit', self.tag)
def gen():
    with CM('g'):
        yield 1
        yield 2
print(list(gen()))
g = gen()
print(next(g))
g.close()
print('after close')
