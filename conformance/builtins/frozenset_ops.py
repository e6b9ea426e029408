a = frozenset('abc')
b = frozenset('bcd')
r = a & b
print(sorted(r), type(r).__name__, type(a | {'z'}).__name__, type({'z'} | a).__name__, type(a - set()).__name__)
print(sorted(a.difference('a')), sorted(a.symmetric_difference(b)), a.isdisjoint(frozenset()), frozenset() < a)
d = {a: 1, frozenset(): 2}
print(d[frozenset('cba')], d[frozenset()], frozenset([1, 2]) == {1, 2}, hash(frozenset()) == hash(frozenset([])))
print(frozenset(a) is a or frozenset(a) == a, len(frozenset(range(10))), sorted(frozenset({frozenset({1}), frozenset({2})}), key=sorted))
for f in [lambda: a.add('x'), lambda: a.discard('a'), lambda: a.clear()]:
    try:
        f()
    except AttributeError:
        print('AttributeError')
