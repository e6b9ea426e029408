print([chr(i) for i in (32, 65, 97, 126)], [ord(c) for c in ' Aa~'], chr(0x10ffff) == '\U0010ffff', ord('\U0010ffff'))
print(''.join(map(chr, range(0x3b1, 0x3b6))), [hex(ord(c)) for c in 'é€😀'], ord(chr(0xd7ff)), ord(chr(0xe000)))
for v in [0x110000, -1, 2**40]:
    try:
        chr(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)
