for v in [2**32, 2**64 - 1, -2**64, 10**30, -(10**30)]:
    print(hex(v), oct(v), bin(v)[:20], len(bin(v)))
print(int(hex(2**100), 16) == 2**100, int(oct(-99), 8), int(bin(12345), 2), int(bin(-5), 0))
