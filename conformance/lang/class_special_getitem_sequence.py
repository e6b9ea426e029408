# __getitem__ alone makes an object iterable (IndexError ends it).
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()))
print(9 in Squares(), 10 in Squares())
for s in Squares():
    print(s, end=' ')
print()
class Slicer:
    def __getitem__(self, k):
        return k
s = Slicer()
print(s[1], s[1:2], s[::3], s[1, 2], s[...])
