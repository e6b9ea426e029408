# loads of each JSON kind, nesting and white space.
try:
    import ujson as json
except ImportError:
    import json

for s in ("null", "true", "false", "0", "-1", "42", '""', '"abc"', "[]", "{}",
          "[1, 2, 3]", '{"a": 1}', "[null, true, false]", "1.5", "-0.25"):
    v = json.loads(s)
    print(repr(v), type(v).__name__)

print(json.loads('{"name": "ann", "tags": ["x", "y"], "age": 33, "ok": true, "spouse": null}'))
print(json.loads("[1, [2, [3, [4, []]]]]"))
print(json.loads('{"a": {"b": {"c": {}}}}'))
print(json.loads('[{"id": 1}, {"id": 2, "sub": [{}, []]}]'))

# White space anywhere between tokens.
print(json.loads(' \t\n\r[ 1 ,\n 2 ,\t{ "k" :\r\n "v" } ] \n'))
print(json.loads("\n\n  42  \n"))
print(json.loads('{\n  "a" : [\n    1,\n    2\n  ]\n}'))
print(json.loads("[1,2,3]"), json.loads('{"x":1,"y":2}'))

# Later duplicate keys win; key order is the order in the text.
print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(list(json.loads('{"z": 0, "y": 1, "x": 2}')))

# bytes input too.
print(json.loads(b'{"b": [1, "two"]}'))
