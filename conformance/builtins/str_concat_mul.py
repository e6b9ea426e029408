print('ab' + 'cd', 'ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -1, '' * 5)
s = 'x'
s += 'y'
s *= 2
print(s, 'a' in 'cat', 'at' in 'cat', '' in 'x', 'z' not in 'cat')
for f in [lambda: 'a' + 1, lambda: 'a' * 'b', lambda: 1 in 'abc', lambda: 'a' * 1.5, lambda: 'a' - 'b']:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
