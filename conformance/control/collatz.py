# A longer computation mixing loops, branches and integer arithmetic.
longest = 0
best = 0
start = 1
while start < 30:
    n = start
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps = steps + 1
    if steps > longest:
        longest = steps
        best = start
    start = start + 1
print('longest chain below 30 starts at', best, 'with', longest, 'steps')
