# Malformed patterns raise an error when compiled (ure: ValueError).
try:
    import ure as re
except ImportError:
    import re


bad = [
    "(", ")", "a)", "(a", "((a)", "[", "[a", "[^", "[]", "[b-a]", "[a-\\d]", "\\",
    "*", "+a", "?", "a**", "a???", "(*a)", "(|+)", "^*", "$+",
    "\\q", "\\x4", "\\xzz", "\\e", "\\z",
]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except Exception:
        print(repr(p), "error")
good = ["()", "(|)", "a||b", "a|", "|", "\\-", "\\ ", "[\\]]", "\\n", "((((((((a))))))))", "a{", "a{b}"]
for p in good:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except Exception:
        print(repr(p), "error")
# the failure is an exception the program can catch and go on
try:
    re.search("(", "x")
except Exception:
    print("caught")
print(re.search("[)]", "a)").group(0))
