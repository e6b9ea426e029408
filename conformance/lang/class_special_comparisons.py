# Rich comparison methods.
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __ne__(self, o):
        return self.n != o.n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __gt__(self, o):
        return self.n > o.n
    def __ge__(self, o):
        return self.n >= o.n
a, b = V(1), V(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(V(3) == V(3), V(3) != V(3))
print([v.n for v in sorted([V(3), V(1), V(2)])])
print(max(V(5), V(9)).n, min([V(4), V(2)]).n)
