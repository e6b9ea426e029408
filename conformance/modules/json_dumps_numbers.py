# dumps of numbers: small and big ints, floats in repr form, inf and nan.
try:
    import ujson as json
except ImportError:
    import json

for v in (0, 7, -7, 2**30 - 1, 2**30, -2**30, 2**31, 2**62, 2**64, -2**100,
          10**30):
    print(json.dumps(v))

for v in (0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1/3, 100.0, 1e16, 1.5e-7,
          123456789.125, 1e100, -1e-100, 2.5e-5):
    print(json.dumps(v))

print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
print(json.dumps([1, 2.0, -3, 4.5e10]))
print(json.dumps({"pi": 3.14159, "big": 2**70}))
