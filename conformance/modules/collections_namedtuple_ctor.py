# namedtuple construction by position and keyword, and the errors.
try:
    from ucollections import namedtuple
except ImportError:
    from collections import namedtuple

P3 = namedtuple("P3", "x y z")
print(P3(1, 2, 3))
print(P3(x=1, y=2, z=3))
print(P3(z=3, x=1, y=2))
print(P3(1, z=3, y=2))
print(P3(1, 2, z=[3]))
args = (7, 8, 9)
print(P3(*args))
kw = {"y": 5, "z": 6}
print(P3(4, **kw))

for call in (
    lambda: P3(1, 2),
    lambda: P3(1, 2, 3, 4),
    lambda: P3(1, 2, w=3),
    lambda: P3(1, 2, 3, x=4),
    lambda: P3(),
):
    try:
        print(call())
    except TypeError:
        print("TypeError")

# Fields are read-only; unknown attributes are missing.
p = P3(1, 2, 3)
try:
    p.x = 10
except AttributeError:
    print("AttributeError set")
try:
    p.w
except AttributeError:
    print("AttributeError get")
try:
    p[0] = 5
except TypeError:
    print("TypeError item")
print(p)

# Bad field names.
for fields in ("a a", ("x", "x"), "1abc", "a-b", ("ok", "def x"), "x class",
               "_hidden", "ok fine"):
    try:
        namedtuple("T", fields)
        print("made", fields)
    except ValueError:
        print("ValueError", fields)
try:
    namedtuple("T", ("a", 1))
except ValueError:
    print("ValueError field")
