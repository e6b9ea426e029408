s = set(range(5))
got = []
while s:
    got.append(s.pop())
print(sorted(got), s)
s = {'a', 'b'}
s.discard('a'); s.discard('zz'); s.remove('b'); print(s)
for f in [lambda: s.remove('q'), lambda: s.pop(), lambda: s.add([]), lambda: s.discard({})]:
    try:
        print(f())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
