# Groups and alternation; match.group() with and without an index.
try:
    import ure as re
except ImportError:
    import re


def groups(m, n):
    if m is None:
        print(None)
        return
    print([m.group(i) for i in range(n + 1)])


groups(re.match("(a)(b)(c)", "abc"), 3)
groups(re.match("(a(b(c)))", "abc"), 3)
groups(re.match("(a)|(b)", "b"), 2)
groups(re.match("(a)|(b)", "a"), 2)
groups(re.match("x(y)?z", "xz"), 1)
groups(re.match("x(y)?z", "xyz"), 1)
groups(re.match("(a|b)*", "abba"), 1)
groups(re.match("(a|b)*", ""), 1)
groups(re.match("((a)|(b))+", "ab"), 3)
groups(re.match("((a)|(b))+", "ba"), 3)
groups(re.match("(ab|a)(bc|c)", "abc"), 2)
groups(re.match("(a*)(a*)", "aaa"), 2)
groups(re.match("(a*?)(a*)", "aaa"), 2)
groups(re.match("()", "x"), 1)
groups(re.match("(|a)+", "aa"), 1)
groups(re.search("(\\d+)-(\\d+)", "tel 555-1234."), 2)
groups(re.search("cat|dog|bird", "hotdog"), 0)
groups(re.search("a(b|c|)d", "xadx"), 1)
groups(re.match("a|ab|abc", "abc"), 0)
groups(re.match("(abc|ab|a)c", "abc"), 1)

m = re.match("(a)(b)?", "a")
print(m.group())
print(m.group(0), m.group(1), m.group(2))
print(m.group(True))
for bad in [3, -1, 100, 10 ** 30, -(10 ** 30)]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
print(re.match("a", "b"))
print(re.search("(x)", "abc"))
