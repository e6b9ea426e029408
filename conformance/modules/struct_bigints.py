# q and Q: 64-bit values, which are big ints on a 32-bit board.
try:
    import ustruct as struct
except ImportError:
    import struct

values_q = [0, 1, -1, 2**31, -2**31 - 1, 2**32, 2**62, 2**63 - 1, -2**63, 1234567890123456789]
for v in values_q:
    for order in '<>':
        data = struct.pack(order + 'q', v)
        print(order + 'q', v, data, struct.unpack(order + 'q', data)[0] == v)

values_Q = [0, 2**32 - 1, 2**32, 2**48 + 5, 2**63, 2**64 - 1, 18446744073709551557]
for v in values_Q:
    for order in '<>':
        data = struct.pack(order + 'Q', v)
        print(order + 'Q', v, data, struct.unpack(order + 'Q', data)[0] == v)

# Unpacked values take part in big-int arithmetic.
big = struct.unpack('<Q', b'\xff' * 8)[0]
print(big, big + 1, big // 3, hex(big), big.bit_length() if hasattr(big, 'bit_length') else 64)
neg = struct.unpack('>q', b'\x80' + b'\x00' * 7)[0]
print(neg, neg - 1, -neg)
print(struct.unpack('<2q', struct.pack('<2q', -5, 5)))
print(struct.unpack('>QqQ', struct.pack('>QqQ', 1, -2, 3)))

# I and L above the 31-bit small-int range of a 32-bit board.
for v in (2**30, 2**31, 2**32 - 1, 3000000000):
    print(v, struct.unpack('<I', struct.pack('<I', v)), struct.unpack('>L', struct.pack('>L', v)))
for v in (2**30, -2**30 - 1, -2**31):
    print(v, struct.unpack('<i', struct.pack('<i', v)), struct.unpack('!l', struct.pack('!l', v)))
