# send() delivers values into a running generator.
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    yield received
g = echo()
print(next(g))
print(g.send('a'))
print(g.send('b'))
print(g.send(None))
def running_avg():
    total, n = 0, 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
r = running_avg()
next(r)
print([r.send(x) for x in (10, 20, 60)])
