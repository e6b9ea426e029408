# loads of strings: every escape, \u escapes, surrogate pairs, raw UTF-8.
try:
    import ujson as json
except ImportError:
    import json

for s in (r'"plain"', r'"say \"hi\""', r'"back\\slash"', r'"a\/b"',
          r'"\b\f\n\r\t"', r'"\u0041\u0062"', r'"\u00e9"', r'"\u00E9"',
          r'"\u4e2d\u6587"', r'"\ud83d\ude00"', r'"x\uD834\uDD1Ey"',
          r'"\u0000"', '"caf\u00e9 \u20ac"', '"\U0001f600"', r'"\\u0041"',
          r'"\"\\\/"', '"   "', r'"end\\"'):
    v = json.loads(s)
    print(repr(v), len(v))

print(json.loads(r'{"k\"ey": "v\\al", "\u00e9": "\t"}'))
print(json.loads(r'["\n", "\u0020", ""]'))
print([ord(c) for c in json.loads(r'"\u0001\u001f\u007f\u0080\uffff"')])
