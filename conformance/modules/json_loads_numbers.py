# loads of numbers: ints of any size, fractions, exponents, signs.
try:
    import ujson as json
except ImportError:
    import json

for s in ("0", "-0", "1", "-1", "1073741823", "1073741824", "-1073741825",
          "2147483648", "9223372036854775808", "123456789012345678901234567890",
          "-98765432109876543210"):
    v = json.loads(s)
    print(v, type(v).__name__)

for s in ("0.0", "-0.0", "1.5", "-2.25", "0.1", "3.14159", "1e3", "1E3",
          "1e+3", "1e-3", "2.5e10", "-2.5E-10", "0e0", "1.0e0", "6.02e23",
          "1e400", "-1e400", "1e-400", "123456789.125"):
    v = json.loads(s)
    print(repr(v), type(v).__name__)

print(json.loads("[1, 2.0, -3, 4.5e1, 0]"))
print(json.loads('{"n": -12, "f": 0.5}'))
print(json.loads("[1e2, 1.5E-2]"))
