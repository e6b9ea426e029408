big = 2**40
r = range(big, big + 10, 3)
print(r, len(r), list(r), r[1], r[-1], big + 3 in r, big + 4 in r, r.index(big + 6))
r2 = range(-big, big, big // 2)
print(list(r2), len(r2))
print(range(10**17)[10**16], len(range(0, 10**18, 10**9)), range(2**62 - 5, 2**62)[-1])
