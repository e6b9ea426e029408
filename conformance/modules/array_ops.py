# array: +, +=, comparisons, membership
from array import array as A

a = A('i', [1, 2])
b = A('i', [3])
c = a + b
print(c, a, b, c is a)
a += b
print(a, len(a))
a += A('i')
print(a)
d = a
d += A('i', [9])
print(a is d, a)
print(A('d', [0.5]) + A('d', [1.5, 2.5]), A('B') + A('B'))
for x, y in [(A('i', [1]), A('b', [1])), (A('i', [1]), [1]), (A('i', [1]), (1,)),
             (A('i', [1]), b'x')]:
    try:
        x + y
    except TypeError as e:
        print('TypeError', e)
e = A('i', [1])
try:
    e += [2]
except TypeError as e2:
    print('TypeError', e2)
try:
    e += A('h', [2])
except TypeError as e2:
    print('TypeError', e2)
print(e)

print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) == A('i', [1, 3]), A('i', [1]) == A('i', [1, 1]))
print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('b', [-1]) == A('B', [255]), A('i') == A('f'))
print(A('i', [1, 2]) != A('i', [1, 2]), A('i', [1]) != A('b', [2]))
print(A('i', [1, 2]) == [1, 2], A('i') == (), A('b', [1]) != [1])
print(A('i', [1, 2]) < A('i', [1, 3]), A('i', [1, 2]) < A('i', [1, 2]), A('i', [1]) < A('i', [1, 0]))
print(A('i', [5]) > A('i', [1, 9]), A('d', [1.5]) >= A('i', [1]), A('h') <= A('h'))
try:
    A('i') < [1]
except TypeError:
    print('TypeError')

h = A('h', [10, -20, 30])
print(10 in h, -20 in h, 5 in h, 10.0 in h, 'a' in h, None in h, 30 not in h)
print(0.5 in A('f', [0.5]), 0.1 in A('f', [0.1]), 0.1 in A('d', [0.1]))
