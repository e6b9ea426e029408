# Ellipsis and slice objects as subscripts.
class Show:
    def __getitem__(self, k):
        return k
s = Show()
print(s[...], s[1:2], s[:], s[::2], s[1:2, 3], s[..., 1])
sl = s[1:10:2]
print(sl.start, sl.stop, sl.step)
print(type(s[:]).__name__, s[:].start, s[:].stop)
print(list(range(10))[slice(2, 8, 3)])
