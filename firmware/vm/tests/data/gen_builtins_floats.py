"""Expected repr() and str() of 10,000 doubles, from CPython 3.

Writes builtins_floats.txt: one line per double, `hex<TAB>repr<TAB>str`,
where hex is float.hex() of the value. The mix covers random bit patterns
(every exponent, subnormals), short decimals, integers near 2**53, values
around the repr switch points (1e16, 1e-4) and results of arithmetic.
"""
import random
import struct
import sys

rng = random.Random(20240611)
vals = []


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


# Random bit patterns (finite only).
while len(vals) < 4000:
    x = from_bits(rng.getrandbits(64))
    if x == x and abs(x) != float('inf'):
        vals.append(x)
# Subnormals and the smallest normals.
for _ in range(500):
    vals.append(from_bits(rng.getrandbits(52)) * rng.choice((1, -1)))
# Short decimals: d.ddd e+-k.
for _ in range(2000):
    digits = rng.randint(1, 17)
    m = rng.randint(0, 10**digits - 1)
    e = rng.randint(-30, 30)
    vals.append(float('%de%d' % (m, e)) * rng.choice((1, -1)))
# Around repr's switch points and integer boundaries.
for base in (1e16, 1e15, 1e-4, 1e-5, 2.0**53, 1e22, 1e23):
    x = base
    for _ in range(100):
        vals.append(x)
        x = struct.unpack('<d', struct.pack('<Q', struct.unpack('<Q', struct.pack('<d', x))[0] + 1))[0]
# Arithmetic results.
for _ in range(10000 - 9 - len(vals)):
    a = rng.uniform(-1000, 1000)
    b = rng.uniform(-1000, 1000) or 1.0
    vals.append(rng.choice((a + b, a - b, a * b, a / b, a / 3, 1 / b)))
vals.extend([0.0, -0.0, 5e-324, -5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 0.1, 0.2, 0.3])
vals = vals[:10000]
assert len(vals) == 10000

out = sys.argv[1] if len(sys.argv) > 1 else 'builtins_floats.txt'
with open(out, 'w') as f:
    for x in vals:
        f.write('%s\t%r\t%s\n' % (x.hex(), x, str(x)))
