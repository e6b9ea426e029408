for n in [0, 1, -1, 5, 15, 25, 35, -25, 12345, -12345, 10**20 + 5 * 10**9, 2**70]:
    print(n, round(n), round(n, 0), round(n, 1), round(n, -1), round(n, -2), round(n, -10))
print(type(round(5, 2)).__name__, type(round(5.5, 0)).__name__, round(True), round(False, 2))
