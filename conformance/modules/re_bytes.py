# bytes patterns on bytes subjects; str and bytes don't mix.
try:
    import ure as re
except ImportError:
    import re


def show(p, s):
    m = re.search(p, s)
    print(repr(p), repr(s), None if m is None else m.group(0))


show(b"b+", b"abbbc")
show(b"[\\x80-\\xff]+", b"ab\\x80\\xfe\\xffcd")
show(b".", b"\\xe9")
show(b"\\d+", b"x123y")
show(b"\\w+", b"\\xe9t\\xe9")
show(b"^(\\w+)=(\\w*)$", b"key=value")
m = re.match(b"(a)(b)?", b"a")
print(m.group(0), m.group(1), m.group(2))
print(type(m.group(1)) is bytes)
print(re.compile(b",").split(b"1,2,,3"))
print(re.compile(b"(,)").split(b"1,2", 1))

for p, s in [("a", b"a"), (b"a", "a")]:
    try:
        re.search(p, s)
    except TypeError as e:
        print("TypeError", e)
r = re.compile("x")
for s in [b"x", 1, None, ["x"]]:
    try:
        r.match(s)
    except TypeError:
        print("TypeError", type(s).__name__)
