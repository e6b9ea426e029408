# '@' (and no prefix): native sizes with alignment padding before each item.
try:
    import ustruct as struct
except ImportError:
    import struct

for fmt in ('bi', 'ib', 'bh', 'hb', 'bq', 'bd', 'bf', 'hi', 'bbh', 'b0i', 'b3h', 'bbbbi',
            '@bi', '@bq', 'hhq', 'b2sh', '4sq', 'ihb'):
    print(fmt, struct.calcsize(fmt))

# Padding bytes are zero; values go after them.
print(struct.pack('@bi', 1, 2)[:4])
data = struct.pack('@bhi', 1, 2, 3)
print(len(data), data[1], data[2:4] == struct.pack('@h', 2), data[4:] == struct.pack('@i', 3))
print(struct.unpack('@bhi', data))
data = struct.pack('bq', -1, 12345678901)
print(len(data), data[:8], struct.unpack('bq', data))
print(struct.unpack('@bd', struct.pack('@bd', 7, 2.5)))

# Native order is the machine's: compare with an explicit order.
import sys
order = '<' if sys.byteorder == 'little' else '>'
print(struct.pack('@i', 258) == struct.pack(order + 'i', 258))
print(struct.pack('@hhh', 1, 2, 3) == struct.pack(order + 'hhh', 1, 2, 3))

# L and P hold a machine word: round-trip without assuming its size.
n = struct.calcsize('P')
print(n == struct.calcsize('L'), n in (4, 8))
print(struct.unpack('P', struct.pack('P', 1234)), struct.unpack('L', struct.pack('L', 99)))
print(struct.unpack('l', struct.pack('l', -5)))
