# Compiled regex objects are reusable; module functions accept them too.
try:
    import ure as re
except ImportError:
    import re


r = re.compile("(\\w+) (\\w+)")
for s in ["hello world", "one two three", "single", ""]:
    m = r.match(s)
    print(repr(s), m and (m.group(1), m.group(2)))
    m = r.search(s)
    print(repr(s), m and m.group(0))
print(re.match(r, "ab cd").group(2))
print(re.search(r, "!! ab cd").group(1))
print(re.compile(r) is r)
print(isinstance(re.DEBUG, int))
# matching leaves the regex unchanged
r2 = re.compile("a+")
print([r2.search(s).group(0) for s in ["baa", "aaab", "xa"]])
# match objects keep their subject alive
ms = [re.search("[0-9]+", "n" + str(i * 37) + "x") for i in range(20)]
print([m.group(0) for m in ms])
try:
    re.compile(1)
except TypeError:
    print("TypeError")
try:
    re.match("a")
except TypeError:
    print("TypeError")
