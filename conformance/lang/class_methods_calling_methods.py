# Methods calling other methods and class-level helpers.
class Text:
    def __init__(self, s):
        self.s = s
    def words(self):
        return self.s.split()
    def count(self):
        return len(self.words())
    def longest(self):
        return max(self.words(), key=len)
    def summary(self):
        return '%d words, longest %r' % (self.count(), self.longest())
print(Text('the quick brown fox jumps').summary())
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, x):
        self.ops.append(('add', x))
        return self
    def mul(self, x):
        self.ops.append(('mul', x))
        return self
    def run(self, v):
        for op, x in self.ops:
            v = v + x if op == 'add' else v * x
        return v
print(Chain().add(2).mul(5).add(1).run(1))
