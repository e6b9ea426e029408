print(set(), frozenset(), {1}, frozenset({2}), {(1, 2)}, {'a'}, repr(frozenset({'x'})), str({None}))
s = {1}
print([s, frozenset(s)], {frozenset(): set()}.get(frozenset()))
