for a in [0, 1, -1, 5, -5, 2**31 - 1, -2**31, 2**63, -2**63 - 1, 2**100 + 1]:
    print(a, [a << n for n in (0, 1, 31, 33, 64)], [a >> n for n in (0, 1, 31, 33, 64, 200)])
for f in [lambda: 1 << -1, lambda: 1 >> -5, lambda: 1 << 1.0, lambda: 2**100 >> -1]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
