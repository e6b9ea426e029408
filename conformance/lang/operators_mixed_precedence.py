# Mixed binary operators at every precedence level.
print(2 + 3 * 4 - 5 // 2 % 3, 1 | 2 ^ 3 & 4 << 1 >> 1, 10 - 3 - 2, 2 * 3 ** 2, -2 ** 2)
print(1 + 2 << 3 | 4 & 5 ^ 6 * 7 % 8 // 1, 100 / 10 / 5, 7 - -3 + +2, ~1 * 3 - 4 << 2)
print([1, *[2, 3]], 3 * -1, (1 | 2) & 3, 2 ** -1 * 4)
