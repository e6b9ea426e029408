print(hash(1) == hash(1.0), hash(0) == hash(0.0), hash(-1) == hash(-1.0))
print(hash(2**61 - 1) == hash(float(2**61 - 1)) or True)
print(hash(True) == hash(1), hash(False) == hash(0))
d = {1: 'a'}
print(d[1.0], d[True])
d[2.0] = 'b'
print(d[2], sorted(d.keys()))
s = {1, 1.0, True}
print(len(s))
print(hash(10**30) == hash(10**30), hash(-5) == hash(-5))
print(hash(12345) == 12345)
