# Literals, '.', anchors; match() anchors at the start, search() scans.
try:
    import ure as re
except ImportError:
    import re


def show(m):
    print(None if m is None else m.group(0))


for p, s in [
    ("abc", "abc"),
    ("abc", "abcdef"),
    ("abc", "xabc"),
    ("a.c", "abc"),
    ("a.c", "a.c"),
    ("a.c", "a\nc"),
    ("...", "ab"),
    ("", "anything"),
    ("^ab", "ab"),
    ("^ab", "cab"),
    ("ab$", "ab"),
    ("ab$", "ab\n"),
    ("ab$", "abc"),
    ("^$", ""),
    ("^$", "x"),
]:
    print(repr(p), repr(s))
    show(re.match(p, s))
    show(re.search(p, s))

# search finds the leftmost match
show(re.search("b.", "abcbd"))
show(re.search("d", "abc"))
show(re.search("^b", "ab"))
show(re.search("a$", "aa\n"))
# escaped metacharacters are literals
show(re.search(r"\.\*\+\?", "x.*+?y"))
show(re.search(r"\(\)\[\]", "a()[]"))
show(re.search(r"\^\$", "^\\"))
show(re.search(r"\|", "a|b"))
show(re.search(r"a\.b", "xa\\cb"))
# '}' and a lone '{' are plain characters
show(re.search("a{b", "xa{b"))
show(re.search("}", "a}"))
# control escapes
show(re.search(r"\t\n", "a\t\nb"))
