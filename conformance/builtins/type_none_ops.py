n = None
print(n is None, n == None, n != 0, n == 0, n == False, [n] == [None], (n, n), {n: n}, str(n), bool(n))
for f in [lambda: n + 1, lambda: n < 1, lambda: len(n), lambda: n[0], lambda: iter(n), lambda: n.x, lambda: -n]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
print(type(None)() is None if False else True, sorted([3, 1], key=lambda x: x if x is not None else 0))
