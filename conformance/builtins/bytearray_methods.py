a = bytearray(b'abc')
a.insert(0, 120); a.insert(-1, 121); a.insert(100, 122); print(a)
print(a.pop(), a.pop(0), a, a.pop(-2), a)
a.remove(98); print(a)
c = a.copy(); c.reverse(); print(a, c, a is not c)
a.clear(); print(a, len(a))
for f in [lambda: a.pop(), lambda: bytearray(b'x').remove(1), lambda: bytearray(b'x').pop(5), lambda: a.insert(0, 300)]:
    try:
        print(f())
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
