a = 2**100 + 12345
b = -(3**70)
c = 10**40 + 7
for x in (a, b, c, -a, 17, -17):
    for y in (a, b, c, 17, -17, 1, -1):
        print(x + y, x - y, x * y, x // y, x % y, divmod(x, y))
        print(x & y, x | y, x ^ y, ~x)
for s in (0, 1, 31, 32, 63, 64, 65, 200):
    print(a << s, a >> s, b << s, b >> s)
print(a ** 3, b ** 2, pow(a, 5, c), pow(b, 3, 97), pow(-5, 3, 7), pow(5, 3, -7))
