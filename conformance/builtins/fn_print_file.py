import sys
class Buf:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
b = Buf()
print('x', 1, [2], file=b)
print(file=b)
print('a', 'b', sep='', end='', file=b)
print(b.data)
print('to', 'stdout', file=None)
print('explicit', file=sys.stdout)
class NoWrite:
    pass
try:
    print('x', file=NoWrite())
except AttributeError:
    print('AttributeError')
