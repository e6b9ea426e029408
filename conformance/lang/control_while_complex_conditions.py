# while conditions with side effects and short circuits.
items = [3, 1, 4, 1, 5, 9, 2, 6]
i = 0
while i < len(items) and items[i] != 5:
    i += 1
print('5 at', i)
it = iter(items)
total = 0
while True:
    try:
        v = next(it)
    except StopIteration:
        break
    total += v
print(total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
