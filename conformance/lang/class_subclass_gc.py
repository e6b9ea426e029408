# Instances of builtin subclasses keep their builtin values through collections.
import gc
class L(list):
    pass
class D(dict):
    pass
class S(str):
    pass
keep = []
# Sized for a board: a few hundred objects alive and as much garbage.
for i in range(300):
    l = L(range(i % 7))
    d = D(k=i)
    s = S('x' * (i % 5))
    keep.append((l, d, s))
    if i % 50 == 0:
        gc.collect()
junk = [[j] * 10 for j in range(300)]
del junk
gc.collect()
ok = all(list(l) == list(range(i % 7)) and d['k'] == i and s == 'x' * (i % 5) for i, (l, d, s) in enumerate(keep))
print(ok, len(keep))
