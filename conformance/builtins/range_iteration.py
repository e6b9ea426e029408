print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(-5, -1)), list(range(3, 3)), list(range(0, -5, -1)))
for r in [range(0, 10, 4), range(10, -10, -7), range(1, 2), range(5, 1)]:
    print(r, len(r), list(r), list(reversed(r)), r[0] if r else None, r[-1] if r else None)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, 'stop'))
total = 0
for i in range(0, 1000, 7):
    total += i
print(total, sum(range(-100, 101)), max(range(7)), min(range(3, 9, 2)))
