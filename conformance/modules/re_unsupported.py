# Syntax beyond ure's subset is rejected with ValueError; CPython's re
# accepts all of these.
try:
    import ure as re
except ImportError:
    import re

for p in ["a{2}", "a{1,3}", "a{2,}", "a{,2}", "(?:ab)+", "(?P<x>a)", "(?i)a", "(a)\\1", "\\bword\\b", "\\Aa", "a\\Z", "a*+"]:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except ValueError as e:
        print(repr(p), "ValueError", e)
