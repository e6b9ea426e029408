# dumps of strings: quotes, backslashes, control characters and non-ASCII
# (written as \uXXXX escapes, surrogate pairs above U+FFFF).
try:
    import ujson as json
except ImportError:
    import json

for s in ("plain", 'say "hi"', "back\\slash", "slash/ok", "tab\there",
          "line1\nline2", "cr\r", "\b\f", "\x00\x01\x1f", "\x7f", " ~",
          "caf\u00e9", "\u00ff\u0100", "\u4e2d\u6587", "\u20ac5",
          "\U0001f600", "a\U00010000z", "\U0010ffff", "'single'"):
    print(json.dumps(s))

print(json.dumps(["\n", {"k\"ey": "v\\al"}]))
print(json.dumps({"\u00e9": "\t"}))
print(len(json.dumps("\u00e9" * 5)))
print(json.dumps("x" * 40))
