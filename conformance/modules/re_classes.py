# \d \w \s and their negations, alone and repeated.
try:
    import ure as re
except ImportError:
    import re


subject = "Ab_9 \t\n-.+Zz0\r\x0b\x0c;"
for p in [r"\d", r"\D", r"\w", r"\W", r"\s", r"\S"]:
    r = re.compile(p)
    out = []
    for ch in subject:
        out.append("1" if r.match(ch) else "0")
    print(p, "".join(out))

def show(p, s):
    m = re.search(p, s)
    print(repr(p), repr(s), None if m is None else repr(m.group(0)))


show(r"\d+", "abc 1234 56")
show(r"\d\d-\d\d", "on 12-34!")
show(r"\w+", "  hello_world42  ")
show(r"\w+@\w+\.com", "mail bob@example.com now")
show(r"\s+", "a \t\r\n b")
show(r"\S+", "   word   ")
show(r"\D+", "123abc456")
show(r"\W+", "abc!@#def")
show(r"^\s*(\w+)\s*=\s*(\d+)\s*$", "  x = 42 ")
show(r"\d*\.\d+", "pi is 3.14159")
show(r"\w\s\w", "ab cd")
