r = range(10)
print(r, range(1, 5), range(0, 10, 3), range(5, 0, -1), list(range(5, 0, -2)), list(range(0)), list(range(-3)))
print(len(range(0, 10, 3)), len(range(10, 0)), len(range(10, 0, -3)), r[3], r[-1], r[2:5], r[::-1], r[::3], range(0, 20, 2)[1:4])
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r)
print(r.start, r.stop, r.step, range(2, 9, 2).index(6), range(3).count(1), r.count(10))
print(range(0) == range(5, 5), range(3) == range(0, 3, 1), range(1, 4, 2) == range(1, 5, 2), range(2) != range(3))
print(list(reversed(range(4))), sum(range(101)), range(10**18)[10**17], len(range(10**5)))
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), range(10**18, 10**18 + 3)[-1])
for f in [lambda: range(1, 2, 0), lambda: r[10], lambda: range('a'), lambda: range(1.5), lambda: r.index(11)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
