print()
print(1, 2, 3)
print(1, 2, 3, sep='-')
print('a', 'b', sep='', end='!\n')
print('x', end='')
print('y', end=None)
print('p', 'q', sep=None)
print(None, True, [1, 'a'], (1,), {'k': 'v'}, 1.5, 2**70, b'by')
import sys
print('to stdout', file=sys.stdout)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('hello', 42, file=w, sep='|')
print(w.parts)
for kw in [{'sep': 1}, {'end': 2}, {'bogus': 1}]:
    try:
        print('z', **kw)
    except TypeError as e:
        print('TypeError')
