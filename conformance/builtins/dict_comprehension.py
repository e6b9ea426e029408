print({k: v for k, v in zip('abc', range(3))}, {x % 3: x for x in range(10)}, {c: ord(c) for c in 'hi' if c != 'i'})
d = {i: i * i for i in range(5)}
print({v: k for k, v in d.items()}, sum(d.values()), max(d, key=d.get), sorted(d, key=lambda k: -k))
