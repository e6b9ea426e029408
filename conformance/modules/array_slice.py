# array: slices (read, assign, delete)
from array import array as A

a = A('h', range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:-1], a[5:2], a[100:], a[1:8:3])
print(type(a[1:2]).__name__, a[:] == a, a[:] is a)
b = a[:]
b[0] = 99
print(a[0], b[0])
a[1:3] = A('h', [-1, -2, -3, -4])
print(a, len(a))
a[0:0] = A('h', [77])
print(a)
a[len(a):] = A('h', [55])
print(a)
a[2:6] = A('h')
print(a)
a[::2] = A('h', [0] * len(a[::2]))
print(a)
a[:] = a
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
del a[-1]
print(a)
del a[:]
print(a, len(a))
f = A('d', [0.5, 1.5, 2.5, 3.5])
f[1:3] = A('d', [9.0])
print(f, f[-2:])
for bad in ([1, 2], (1,), A('i', [1]), 5):
    try:
        f[0:1] = bad
    except TypeError:
        print('TypeError')
try:
    f[::2] = A('d', [1.0])
except ValueError as e:
    print('ValueError', e)
try:
    f[::0]
except ValueError as e:
    print('ValueError', e)
