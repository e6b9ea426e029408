for f in [lambda: [3, 'a', 1].sort(), lambda: [1, 2].sort(key=5), lambda: [1].sort(reverse=1, key=None),
          lambda: [1, 2].sort(bogus=1), lambda: sorted([1, 2], key=lambda x: 'a' if x == 1 else 2)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError')
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / (x - 1))
except ZeroDivisionError:
    print('ZeroDivisionError', sorted(l))
