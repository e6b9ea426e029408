a = object()
b = object()
print(a is a, a is b, a == b, a != b, hash(a) == hash(a), type(a) is object, isinstance(a, object))
l = [a, b]
print(l.index(b), a in l, object() in l, l.count(a))
d = {a: 1}
print(d[a], b in d)
