l = [1, 2, 3, 2, 1, 2.0, True]
print(l.index(2), l.index(2, 2), l.index(2, -3), l.index(1, 1, 5), l.count(2), l.count(1), l.count(True), l.count('x'))
for args in [(9,), (3, 3), (1, 1, 4), (2, 0, 1)]:
    try:
        print(l.index(*args))
    except ValueError as e:
        print('ValueError:', e)
