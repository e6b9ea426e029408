# Character sets: single characters, ranges, negation, escapes inside.
try:
    import ure as re
except ImportError:
    import re


def show(p, s):
    m = re.search(p, s)
    print(repr(p), repr(s), None if m is None else repr(m.group(0)))


show("[abc]+", "xxcabd")
show("[a-c]+", "xxcabd")
show("[a-cx-z]+", "wxaczb")
show("[0-9a-fA-F]+", "zz09afAFg")
show("[^abc]+", "abxyzc")
show("[^a-c]+", "abc123cba")
show("[^\n]+", "line1\nline2")
show("[]a]+", "b]a]b")
show("[^]a]+", "]]xyz")
show("[a-]+", "b-a-c")
show("[-a]+", "b-a-c")
show("[a\\-c]+", "x-a-cb")
show("[.]", "ab.c")
show("[*+?]+", "a*+?b")
show("[(|)]+", "a(|)b")
show("[\\]]+", "a]]b")
show("[\\^x]+", "a^x^b")
show("[\\d.]+", "v1.25b")
show("[\\s,]+", "a ,\t,b")
show("[\\w-]+", " foo-bar_1 ")
show("[^\\d]+", "12abc34")
show("[^\\s]+", "  word  ")
show("[\\D]+", "12ab34")
show("[\\W]+", "ab!?cd")
show("[\\x41-\\x43]+", "xxABCD")
show("[a-a]", "a")
show("[$]", "a$")
show("[\\t]", "a\tb")
show("[abc]", "xyz")
show("x[ab]*y", "xababy")
show("x[^ab]*y", "xccdy")
