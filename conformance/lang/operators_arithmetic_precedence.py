# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 100 // 10 // 3, 2 * 3 % 4, 7 % 3 * 2)
print(1 + 2 << 3, 1 << 2 + 3, 0xff & 0x0f | 0x30, 1 | 2 ^ 3 & 4)
print(~5 + 1, -~5, not 1 + 1, 3 > 2 == True)
print(5 / 2, 5 // 2, -5 // 2, 5 % -3, -5 % 3)
print(divmod(17, 5), divmod(-17, 5))
