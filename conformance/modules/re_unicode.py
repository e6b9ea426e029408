# str patterns and subjects match by character, not by byte.
try:
    import ure as re
except ImportError:
    import re


def show(p, s):
    m = re.search(p, s)
    print(repr(p), repr(s), None if m is None else m.group(0))


show(".", "é")
show("..", "héllo")
show("h.llo", "héllo")
show("é+", "caféé!")
show("[éè]+", "xèéèy")
show("[à-ÿ]+", "façade")
show("[^a-z]+", "abcπσabc")
show("\\w+", "naïve café")
show("\\W+", "a—b")
show("(.)(.)", "日本語")
show("本.", "日本語")
show("\\u00e9", "caf\\u00e9")
show("[\\u3040-\\u30ff]+", "kana: ひらがなカタカナ.")
m = re.match("(€)(\\d+)", "€42")
print(m.group(1), m.group(2))
print(re.compile("·").split("a·b·c"))
print(re.compile("[-·]").split("a·b-c"))
