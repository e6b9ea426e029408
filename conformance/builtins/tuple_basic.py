t = (1, 2, 3, 2)
print(t, t[0], t[-1], t[1:3], t[::-1], len(t), t.count(2), t.index(3), t.index(2, 2), () , (1,), tuple(), tuple([1]), tuple('ab'))
print(t + (4,), t * 2, 2 * (0,), t == (1, 2, 3, 2), (1, 2) < (1, 3), (1,) < (1, 0), () < (0,), 3 in t)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'a'}[(1, 2)], hash(()) == hash(()))
a, *b = t; print(a, b)
def setitem(o, k, v):
    o[k] = v
for f in [lambda: t[4], lambda: t.index(9), lambda: t + [1], lambda: hash(([],)), lambda: setitem(t, 0, 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(repr((1,)), repr(('a', (2,))), str((None, True)))
