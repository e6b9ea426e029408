print(1 + 1.5, 3 - 0.5, 2 * 2.5, 7 / 2, 7 // 2.0, 7 % 2.5, 2 ** 0.5, 10 / 4, 10 // 4, -7 / 2, -7 // 2.0, 3.0 == 3, 3.5 > 3)
print(2**60 + 0.0, 2**53 + 1.0, float(2**53 + 1), 10**20 / 10**10, 10**400 // 10**399, (10**400) * 0.0 if False else 0.0)
print(True + 0.5, 1.0 * True, 1 / 3 * 3 == 1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
try:
    10**400 + 0.5
except OverflowError as e:
    print('OverflowError:', e)
try:
    10**400 / 1
except OverflowError as e:
    print('OverflowError:', e)
print(10**400 / 10**399, 1 / 10**400, -(10**400) // 3.0 if False else 0)
