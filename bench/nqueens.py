def solve(n, row, cols, d1, d2):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if c in cols or (row + c) in d1 or (row - c) in d2:
            continue
        cols.append(c)
        d1.append(row + c)
        d2.append(row - c)
        count += solve(n, row + 1, cols, d1, d2)
        cols.pop()
        d1.pop()
        d2.pop()
    return count


t0 = ticks_us()
r = solve(7, 0, [], [], [])
t1 = ticks_us()
print("nqueens", ticks_diff(t1, t0), r)
