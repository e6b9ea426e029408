def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x


def run():
    squares = (x * x for x in evens(numbers(20000)))
    total = 0
    count = 0
    for s in squares:
        total += s
        count += 1
    return (count, total)


t0 = ticks_us()
r = run()
t1 = ticks_us()
print("generators", ticks_diff(t1, t0), r)
