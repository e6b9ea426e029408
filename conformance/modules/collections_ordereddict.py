# OrderedDict: keys stay in insertion order; dict behaviour otherwise.
try:
    from ucollections import OrderedDict
except ImportError:
    from collections import OrderedDict

# The doc example.
d = OrderedDict([("z", 1), ("a", 2)])
d["w"] = 5
d["b"] = 3
for k, v in d.items():
    print(k, v)

print(d)
print(list(d), list(d.keys()), list(d.values()))
print(len(d), "a" in d, "q" in d, d["w"], d.get("q"), d.get("q", 0))
print(isinstance(d, dict))

# Replacing a value keeps the position; deleting and re-adding moves to the end.
d["z"] = 10
print(list(d.items()))
del d["z"]
d["z"] = 1
print(list(d.items()))
print(d.pop("a"), list(d))
d.update([("x", 0), ("w", 6)])
print(d)
d.setdefault("y", 9)
print(d)

# Empty, from kwargs and from a dict.
print(OrderedDict())
print(OrderedDict(one=1))
print(OrderedDict({"k": [1, 2]}))
e = OrderedDict()
e[3] = "c"
e[1] = "a"
e[2] = "b"
print(e, sorted(e))
try:
    e[99]
except KeyError:
    print("KeyError")
e.clear()
print(e, len(e))

# Order matters between two OrderedDicts, not against a plain dict.
a = OrderedDict([(1, "x"), (2, "y")])
b = OrderedDict([(2, "y"), (1, "x")])
print(a == b, a != b, a == dict(b), dict(a) == b)
print(a == OrderedDict([(1, "x"), (2, "y")]))
print(a == OrderedDict([(1, "x")]))
print(OrderedDict([("n", OrderedDict([("m", 1)]))]))
