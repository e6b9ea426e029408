import_order = [('b', 2), ('a', 2), ('c', 1), ('d', 1), ('e', 3), ('f', 2)]
print(sorted(import_order, key=lambda t: t[1]))
print(sorted(import_order, key=lambda t: t[1], reverse=True))
l = list(range(30))
l.sort(key=lambda x: x % 4)
print(l)
l.sort(key=lambda x: -(x % 3), reverse=True)
print(l)
words = 'the quick brown fox jumps over the lazy dog'.split()
words.sort(key=len)
print(words)
r = list(range(10)); r.sort(reverse=True); print(r)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print([k.v for k in sorted([K(3), K(1), K(2)])], [k.v for k in sorted([K(3), K(1), K(2)], reverse=True)])
