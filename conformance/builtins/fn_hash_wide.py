# Hash values wider than the board's small ints (the 32-bit port wraps them:
# see differences/hash-wraps-on-32-bit.toml), so the board skips this script.
import sys
if sys.maxsize < 2**32:
    print('SKIP')
    raise SystemExit
print(hash(-0.5) == -hash(0.5), hash(0.5) > 0, hash(2**30) > 0, hash(0.25) > 0)
d = {0.5: 'a', 2**30: 'b', -0.5: 'c'}
print(d[0.5], d[2**30], d[-0.5], 0.5 in {0.5}, 2**30 in {2.0**30})
