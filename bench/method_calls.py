class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)


def run():
    p = Point(0, 0)
    step = Point(3, -2)
    total = 0
    for i in range(5000):
        p = p.add(step)
        total += p.norm1() % 7
    return (p.x, p.y, total)


t0 = ticks_us()
r = run()
t1 = ticks_us()
print("method_calls", ticks_diff(t1, t0), r)
