# Locals survive between resumptions.
def stateful():
    count = 0
    names = []
    while count < 3:
        names.append('n%d' % count)
        count += 1
        yield count, list(names)
for c, n in stateful():
    print(c, n)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
