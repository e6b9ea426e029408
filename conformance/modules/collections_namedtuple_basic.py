# namedtuple: creating classes from tuple, list and string field specs;
# instances behave as tuples and have named fields.
try:
    from ucollections import namedtuple
except ImportError:
    from collections import namedtuple

Point = namedtuple("Point", ("x", "y"))
p = Point(1, 2)
print(p)
print(repr(p), str(p))
print(p.x, p.y, p[0], p[1], p[-1])
print(len(p), list(p), tuple(p))
x, y = p
print(x, y)
print(p == (1, 2), p != (1, 2), (1, 2) == p, p == (2, 1))
print(isinstance(p, tuple), type(p) is Point, type(p).__name__)
print(p[0:1], p[::-1], p + (3,), 2 * p)
print(1 in p, 3 in p)
print(p.count(1), p.index(2))
print(hash(p) == hash((1, 2)))
print([v for v in p])

# Field names from a list.
Color = namedtuple("Color", ["red", "green", "blue"])
c = Color(255, 128, 0)
print(c, c.green, max(c), sum(c))

# Field names as one string: spaces, commas, or both.
A = namedtuple("A", "a b c")
B = namedtuple("B", "a,b,c")
C = namedtuple("C", "a, b,  c")
print(A(1, 2, 3), B(4, 5, 6), C(7, 8, 9))
print(A(1, 2, 3) == B(1, 2, 3))

# One field and no fields.
One = namedtuple("One", "only")
print(One(5), len(One(5)), One(5).only)
Empty = namedtuple("Empty", [])
print(Empty(), len(Empty()), Empty() == ())

# The doc example.
MyTuple = namedtuple("MyTuple", ("id", "name"))
t1 = MyTuple(1, "foo")
t2 = MyTuple(2, "bar")
print(t1.name)
assert t2.name == t2[1]
print(t1, t2)
