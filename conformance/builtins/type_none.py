print(None, repr(None), type(None).__name__, None is None, None == None, None != 0, bool(None), str(None))
def f():
    pass
print(f(), f() is None, [None] * 2, {None: 1}[None])
n = None
for g in [lambda: n + 1, lambda: n < n, lambda: n(), lambda: n[0], lambda: len(n)]:
    try:
        g()
    except TypeError as e:
        print('TypeError:', e)
