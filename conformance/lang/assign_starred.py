# Extended unpacking with a starred target.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = 'hello'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
*a, = (7, 8)
print(a)
[a, *b] = {5: 0}
print(a, b)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
try:
    first, *middle, last = 'x'
except ValueError:
    print('ValueError')
for x, *y in [(1,), (2, 3, 4)]:
    print(x, y)
