# array: construction, repr, len, indexing, iteration, append, extend
try:
    import uarray as array
except ImportError:
    import array
from array import array as A

print(A('i'), A('b', []), A('B', [1, 2, 3]), A('d', [1, 2.5]))
for tc in 'bBhHiIlLqQfd':
    a = A(tc, [1, 2, 3])
    print(tc, a, len(a), a[0], a[-1], list(a), repr(a) == str(a))
print(array.array('h', (x * x for x in range(5))))
print(A('i', range(-3, 4)), A('b', A('i', [5, -6])), A('d', A('b', [1, 2])))
print(A('Q', [0, 2**64 - 1]), A('q', [-2**63, 2**63 - 1]))
print(A('I', [2**32 - 1]), A('i', [-2**31, 2**31 - 1]), A('H', [65535]), A('h', [-32768]))
print(A('l', [-2**31, 2**31 - 1]), A('L', [2**32 - 1]))
print(A('b', [True, False]), A('d', [True]))

a = A('i')
for i in range(10):
    a.append(i * 3)
print(a, len(a))
print(a.append(-1), a[-1], a[0], a[9], a[-11])
a[0] = 100
a[-1] = -100
print(a)
a.extend([7, 8])
a.extend(range(2))
a.extend(A('i', [42]))
a.extend(())
a.extend(x for x in [1000])
print(a, len(a))
for x in A('H', [10, 20]):
    print(x)
print([x * 2 for x in A('f', [0.5, 1.5])])
print(sum(A('B', range(100))), max(A('h', [-5, 7, 3])), sorted(A('b', [3, -1, 2])))
print(tuple(A('d', [0.25])), bool(A('i')), bool(A('i', [0])))
e = A('d')
print(len(e), list(e), e)
# iteration sees items appended meanwhile
g = A('i', [1])
for x in g:
    if x < 4:
        g.append(x + 1)
print(g)
it = iter(A('b', [5, 6]))
print(next(it), next(it), next(it, 'end'))
# item stores convert the value to the item type
c = A('B', [0, 0])
c[1] = True
print(c)
del c[0]
print(c, len(c))
