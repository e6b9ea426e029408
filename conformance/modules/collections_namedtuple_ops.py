# namedtuples with other values: ordering, sorting, dict keys, nesting.
try:
    from ucollections import namedtuple
except ImportError:
    from collections import namedtuple

Pt = namedtuple("Pt", "x y")
pts = [Pt(3, 1), Pt(1, 2), Pt(2, 0), Pt(1, 1)]
print(sorted(pts))
print(min(pts), max(pts))
print(Pt(1, 2) < Pt(1, 3), Pt(2, 0) > (1, 9), Pt(1, 2) <= (1, 2))
print(sorted(pts, key=lambda p: p.y))

d = {Pt(0, 0): "origin", Pt(1, 0): "east"}
print(d[Pt(0, 0)], d[(1, 0)], Pt(1, 0) in d)
print(set([Pt(1, 1), (1, 1), Pt(2, 2)]) == {(1, 1), (2, 2)})

Line = namedtuple("Line", ("start", "end"))
ln = Line(Pt(0, 0), Pt(3, 4))
print(ln)
print(ln.end.x, ln.end.y, ln[1][0])
print([ln, Pt("a", None)])
print({"k": Pt(1.5, -2)})

# Each call makes an independent class; equal values still compare equal.
Pt2 = namedtuple("Pt", "x y")
print(Pt2 is Pt, Pt2(1, 2) == Pt(1, 2), type(Pt2(1, 2)) is type(Pt(1, 2)))

# Mixed field values and tuple functions.
Rec = namedtuple("Rec", "name score tags")
r = Rec("ann", 9.5, ["a", "b"])
r.tags.append("c")
print(r, r.tags)
print(tuple(r), list(r), len(r))
print(str(r) == repr(r))
total = 0
for v in Pt(10, 20):
    total += v
print(total)
print(Pt(*map(abs, (-1, -2))))
print(list(zip(Pt(1, 2), Pt(3, 4))))
