for args in [(), (1, 2, 3, 4), (1.5,), ('1',), (0, 10, 0), (None,)]:
    try:
        print(range(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
r = range(5)
for f in [lambda: r[5], lambda: r[-6], lambda: r['a'], lambda: r.index(7), lambda: r.count()]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__)
