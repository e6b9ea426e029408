# Generators as methods and as __iter__.
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
    def pairs(self):
        for i in self:
            yield i, i + 1
r = Range2(7)
print(list(r), list(r))
print(list(r.pairs()))
print(sum(r), 4 in r)
