# Deeply nested loops and conditions.
total = 0
for a in range(3):
    for b in range(3):
        if a != b:
            for c in range(3):
                if c not in (a, b):
                    while True:
                        total += a * 100 + b * 10 + c
                        break
print(total)
def depth(n):
    if n > 0:
        if n % 2:
            if n % 3:
                return 'odd not three'
            else:
                return 'odd three'
        else:
            return 'even'
    return 'non-positive'
print([depth(i) for i in range(-1, 7)])
