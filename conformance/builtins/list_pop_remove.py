l = list('abcdef')
print(l.pop(), l.pop(0), l.pop(-1), l.pop(1), l)
l.remove('d'); print(l)
l = [1, 2, 1, 2]
l.remove(2); print(l)
for f in [lambda: [].pop(), lambda: [1].pop(1), lambda: [1].pop(-2), lambda: [1].remove(3), lambda: [1].pop('0')]:
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
