print(sum([1, 2, 3], 10), sum([0.5, 0.25], 1), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([], 0.0), sum([1j, 2]))
print(sum(range(10**4)), sum([2**64] * 3), sum([1, 2.5, 1j]), sum((x * x for x in range(10)), start=-5), sum([True] * 7))
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.v)
print(sum([V(1), V(2)]).v, sum([V(1)], V(10)).v)
