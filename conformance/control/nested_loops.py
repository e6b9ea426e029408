# Nested loops: a small multiplication table and a triangle.
for i in range(1, 4):
    for j in range(1, 4):
        print(i, 'x', j, '=', i * j)
row = 1
while row <= 4:
    print(' ' * (4 - row) + '*' * (2 * row - 1))
    row = row + 1
