# calcsize for every format code, byte order prefixes and repeat counts.
try:
    import ustruct as struct
except ImportError:
    import struct

for prefix in ('<', '>', '!'):
    print(prefix, [struct.calcsize(prefix + c) for c in 'bBhHiIlLqQfds'])

# Repeat counts multiply the item size; 's' counts bytes.
for fmt in ('<3h', '<10b', '<4s', '<0s', '<0i', '>2q3B', '!2d', '<i2hb', '<100s', ''):
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except ValueError:
        print(repr(fmt), 'ValueError')

# Native sizes of the fixed-width codes (l and P depend on the machine word).
for c in 'bBhHiIqQfd':
    print('@' + c, struct.calcsize('@' + c), struct.calcsize(c))

# bytes as a format string
print(struct.calcsize(b'<hh'))
