vals = [0, 1, -1, 7, -7, 3, -3, 100, -100]
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b:
            r += [a // b, a % b, divmod(a, b)]
        if b >= 0:
            r += [a ** (b % 5), a << (b % 10), a >> (b % 10)]
        print(a, b, r)
