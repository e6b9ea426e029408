print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200, 300])), list(map(str.upper, ['a', 'b'])), list(map(int, ['1', '-2'])))
print(list(filter(lambda x: x > 2, [1, 5, 2, 7])), list(filter(None, range(-2, 3))), list(filter(str.isalpha, 'a1b2')))
m = map(lambda x: 10 // x, [1, 2, 0, 4])
print(next(m), next(m))
try:
    next(m)
except ZeroDivisionError:
    print('ZeroDivisionError')
print(list(map(len, map(str, range(8, 12)))), sum(map(int, '12345')), sorted(map(abs, [-3, 1, -2])))
