# array: memoryview over an array sees its items (typed) and writes through
from array import array as A

a = A('i', [10, 20, 30, 40])
m = memoryview(a)
print(len(m), m[0], m[-1], list(m[1:3]), len(m[1:]), bytes(m[:1]))
m[1] = -5
print(a)
a[2] = 99
print(m[2], bytes(m[2:3]))
s = m[1:3]
s[0] = 7
print(a, len(s), s[1])
m[0:2] = A('i', [1, 2])
print(a)
for bad in (2**40, 1.5):
    try:
        m[0] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    m[4]
except IndexError:
    print('IndexError')
try:
    m[0:2] = A('i', [1])
except ValueError:
    print('ValueError')

b = memoryview(A('b', [-1, 5, -128]))
print(list(b), b[0], len(b))
h = memoryview(A('H', [1, 65535]))
print(h[1], list(h), bytes(h))
d = A('d', [0.5, -1.5])
md = memoryview(d)
md[1] = 2.25
print(md[0], md[1], d, len(md))
f = memoryview(A('f', [0.1]))
print(f[0])
q = memoryview(A('Q', [2**64 - 1]))
print(q[0])
u = memoryview(A('B', [1, 2, 3]))
u[0] = 200
print(list(u), len(u))
# a memoryview of a memoryview keeps the item type
mm = memoryview(memoryview(A('h', [-3, 4])))
print(mm[0], len(mm))
