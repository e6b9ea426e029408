print(hash(1.0) == hash(1), hash(-2.0) == hash(-2), hash(0.5) == hash(0.5), hash(1e100) == hash(int(1e100)), hash(-0.0) == hash(0))
d = {0.5: 'half', 2: 'two', 1e20: 'big'}
print(d[0.5], d[2.0], d[10**20], 2.0 in {2}, 3 in {3.0}, {1.0, 1}, len({0.1 + 0.2, 0.3}))
