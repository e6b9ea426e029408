# Generator expressions are lazy and single-use.
g = (x * x for x in range(5))
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ['a', 'abc', 'ab']))
log = []
def src():
    for i in range(3):
        log.append(i)
        yield i
gen = (v + 1 for v in src())
print(log)
print(next(gen), log)
print(sorted(x for x in 'hello' if x != 'l'))
print(list((a, b) for a in range(2) for b in 'xy'))
