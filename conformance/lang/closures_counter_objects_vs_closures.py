# The same counter as a closure and as a class.
def closure_counter():
    n = 0
    def tick():
        nonlocal n
        n += 1
        return n
    return tick
class ClassCounter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
for make in (closure_counter, ClassCounter):
    c = make()
    print([c() for _ in range(3)])
