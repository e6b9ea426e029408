# '*', '+', '?' and their non-greedy forms.
try:
    import ure as re
except ImportError:
    import re


def show(p, s):
    m = re.match(p, s)
    print(repr(p), repr(s), None if m is None else m.group(0))


for p in ["a*", "a+", "a?", "a*?", "a+?", "a??"]:
    for s in ["", "a", "aaa", "baa"]:
        show(p, s)

show("a*b", "aaab")
show("a*?b", "aaab")
show("a+b", "b")
show("ab*c", "ac")
show("ab+c", "ac")
show("ab?c", "abbc")
show(".*c", "abcabc")
show(".*?c", "abcabc")
show(".+?c", "cabc")
show("<.*>", "<a><b>")
show("<.*?>", "<a><b>")
show("a.*?b.*b", "a1b2b3b")
show("x*y*z*", "xxzz")
show("(ab)*", "ababa")
show("(ab)+?", "ababab")
show("(ab)*?a", "ababa")
show("(a|b)*c", "abbac")
show("(a*)*b", "aaab")
show("(a*)+b", "b")
show("(a?)+?b", "aab")
show("(a*|b)*", "aabba")
# backtracking into a greedy loop
show("a*ab", "aaab")
show("(a+)(a+)", "aaaa")
show("(a+?)(a+)", "aaaa")
show("[ab]*b[ab]", "abbab")
