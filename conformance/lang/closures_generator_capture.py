# Generators close over variables too.
def counter(limit):
    step = 2
    def gen():
        i = 0
        while i < limit:
            yield i
            i += step
    return gen
print(list(counter(7)()))
def outer():
    total = 0
    def g():
        nonlocal total
        for i in range(4):
            total += i
            yield total
    return list(g()), total
print(outer())
