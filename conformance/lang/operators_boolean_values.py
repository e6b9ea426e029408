# and/or/not with every kind of value.
vals = [0, 1, '', 'x', [], [0], {}, None, 0.0, ()]
print([bool(v) for v in vals])
print([v or 'F' for v in vals])
print([v and 'T' for v in vals])
print([not v for v in vals])
print(1 and 2 and 3, 1 and 0 and 3, 0 or '' or [], None or 0)
