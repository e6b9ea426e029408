# dumps of each JSON kind and of containers, with CPython's separators.
try:
    import ujson as json
except ImportError:
    import json

for v in (None, True, False, 0, 1, -1, 123456, "", "abc", [], (), {},
          [1, 2, 3], (4, 5), [None, True, False], {"a": 1}):
    s = json.dumps(v)
    print(type(s).__name__, s)

print(json.dumps([1, [2, [3, [4, []]]]]))
print(json.dumps({"a": {"b": {"c": {}}}}))
print(json.dumps({"name": "ann", "tags": ["x", "y"], "age": 33, "ok": True,
                  "spouse": None, "pos": (1, 2)}))
print(json.dumps([{"id": 1}, {"id": 2, "sub": [{}, []]}]))
d = {}
for k in ("z", "a", "m"):
    d[k] = len(k)
print(json.dumps(d))
print(json.dumps([[]] * 3))
print(json.dumps(list(range(10))))
print(json.dumps(("one",)))
