# loads of malformed JSON raises ValueError.
try:
    import ujson as json
except ImportError:
    import json

bad = ["", " ", "[", "]", "{", "}", "[1,", "[1,]", "[1 2]", "{\"a\"}",
       "{\"a\" 1}", "{\"a\": }", "{\"a\": 1,}", "{1: 2}", "{'a': 1}",
       "'single'", "\"unterminated", "\"bad \\x escape\"", "\"\\u12\"",
       "\"\\uZZZZ\"", "tru", "nul", "True", "None", "01", "1.", ".5", "-",
       "+1", "1e", "1e+", "0x10", "[1] [2]", "1 2", "\"a\" \"b\"",
       "\"tab\tinside\"", "\"new\nline\"", "[1, 2", "{\"a\": [1}", "@"]
for s in bad:
    try:
        v = json.loads(s)
        print("parsed", repr(s), repr(v))
    except ValueError:
        print("ValueError", repr(s))

for v in (None, 1, [1]):
    try:
        json.loads(v)
    except TypeError:
        print("TypeError", type(v).__name__)
