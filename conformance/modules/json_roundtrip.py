# loads(dumps(x)) gives x back (tuples come back as lists); dumps(loads(s))
# gives the canonical text.
try:
    import ujson as json
except ImportError:
    import json

values = [
    None, True, False, 0, -5, 2**70, 1.5, -0.0, 1e-9, "", "text",
    "esc \"\\/\n\t\u00e9\U0001f600", [], {}, [1, "a", None],
    {"a": [1, 2, {"b": None}], "c": "d", "e": {"f": [[], {}]}},
    [[[[[]]]]], {"k" * 20: "v" * 50},
]
for v in values:
    s = json.dumps(v)
    back = json.loads(s)
    print(back == v, s)

print(json.loads(json.dumps((1, (2, 3)))))
print(json.loads(json.dumps({1: "int key"})))

texts = ['{"a":1,"b":[true,false,null]}', '[ 1 , 2.50 , "x" ]',
         '"\\u0041\\n"', ' {"n": {"m": []}} ', '1E2', '[-0, 0.5e-1]']
for t in texts:
    print(json.dumps(json.loads(t)))

# A bigger document built in code.
doc = {"items": [{"id": i, "name": "item%d" % i, "price": i * 1.25,
                  "tags": ["t%d" % j for j in range(i % 3)]} for i in range(6)]}
s = json.dumps(doc)
print(len(s))
print(s[:80])
print(json.loads(s) == doc)
