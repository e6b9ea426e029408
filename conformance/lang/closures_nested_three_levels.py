# Free variables through several levels of nesting.
def a(x):
    def b(y):
        def c(z):
            return x + y + z
        return c
    return b
print(a(1)(10)(100))
def counter_factory(start):
    def make(step):
        total = start
        def tick():
            nonlocal total
            total += step
            return total
        return tick
    return make
t = counter_factory(100)(5)
print(t(), t())
