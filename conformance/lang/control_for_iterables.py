# for over every kind of iterable.
for x in (1, 2): print('tuple', x)
for x in 'hi': print('str', x)
for x in b'AB': print('bytes', x)
for x in sorted({3, 1}): print('set', x)
for x in sorted({'b': 1, 'a': 2}): print('dict', x)
for x in range(2, 8, 3): print('range', x)
for x in reversed([1, 2, 3]): print('reversed', x)
for x in zip('ab', [1, 2]): print('zip', x)
for x in map(abs, [-1, -2]): print('map', x)
for x in filter(None, [0, 1, '', 'a']): print('filter', x)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
for x in Countdown(3): print('custom', x)
