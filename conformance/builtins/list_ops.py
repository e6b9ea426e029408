a = [1, 2, 3]
print(a + [4], a * 2, 2 * a, [0] * 0, a[::-1], a[1:], a[-2:], a[::2], a[5:], a == [1, 2, 3], a < [1, 3], [] < [0])
a[0] = 9; a[-1] = 7; print(a)
a[1:2] = [5, 6, 7]; print(a)
a[::2] = [0, 0, 0]; print(a)
del a[0]; print(a)
del a[::2]; print(a)
a += [1]; a *= 2; print(a, len(a), 5 in a, 99 in a)
print(list(), list('ab'), list(range(3)), list((1, 2)), list({'k': 1}), [x * x for x in range(4)])
def setitem(o, k, v):
    o[k] = v
for f in [lambda: a[10], lambda: setitem(a, 10, 0), lambda: setitem([1, 2], slice(0, 3, 2), [1, 2]),
          lambda: a + (1,), lambda: a['x'], lambda: [1] < ['a']]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)

