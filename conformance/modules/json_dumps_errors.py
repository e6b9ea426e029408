# dumps of values JSON cannot hold (TypeError), dict keys that get
# converted to strings, and circular containers (ValueError).
try:
    import ujson as json
except ImportError:
    import json

for v in ({1, 2}, b"bytes", bytearray(b"x"), object(), lambda: 0, 1j, range(3),
          [1, {2}], {"k": b"v"}):
    try:
        print(json.dumps(v))
    except TypeError:
        print("TypeError", type(v).__name__)

# Keys: str as is; int, float, bool and None become strings.
print(json.dumps({1: "one", 2: "two"}))
print(json.dumps({True: 1, False: 0, None: "n"}))
print(json.dumps({1.5: "x", -2: "y"}))
for bad in ({(1, 2): 3}, {b"k": 1}, {frozenset(): 1}):
    try:
        print(json.dumps(bad))
    except TypeError:
        print("TypeError key")

# A container that holds itself.
l = [1, 2]
l.append(l)
try:
    json.dumps(l)
except ValueError:
    print("ValueError list")
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError:
    print("ValueError dict")
# The same list twice (not circular) is fine.
inner = [0]
print(json.dumps([inner, inner, {"a": inner}]))

try:
    json.dumps()
except TypeError:
    print("TypeError args")
