# Lambdas: defaults, closures, varargs, nesting.
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
print((lambda: 'no args')())
make = lambda n: lambda x: x + n
print(make(5)(1))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
fs = [lambda i=i: i * 2 for i in range(4)]
print([f() for f in fs])
print((lambda x, *, y: x - y)(10, y=3))
print(list(map(lambda p: p[0] + p[1], [(1, 2), (3, 4)])))
