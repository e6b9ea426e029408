l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); l.extend(range(2)); l.extend('ab'); print(l)
l.insert(0, 'x'); l.insert(-1, 'y'); l.insert(100, 'z'); l.insert(-100, 'w'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove('x'); print(l, l.index(5), l.index(0, 3), l.count(1), l.count('q'))
l2 = l.copy(); l2.clear(); print(l2, l)
l = [3, 1, 2]; l.reverse(); print(l)
for f in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
          lambda: [1, 2].index(1, 1), lambda: [].insert('a', 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
