# with targets can be tuples, attributes and subscripts.
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (a, b):
    print(a, b)
class Holder: pass
h = Holder()
with Pair() as h.value:
    pass
print(h.value)
d = {}
with Pair() as d['k']:
    pass
print(d)
with Pair() as [x, y]:
    print(x + y)
