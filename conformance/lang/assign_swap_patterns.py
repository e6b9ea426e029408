# Swaps and rotations with tuple assignment.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
l = [10, 20, 30]
l[0], l[2] = l[2], l[0]
print(l)
x, y = 0, 1
for _ in range(10):
    x, y = y, x + y
print(x, y)
i = 0
l = [5, 6]
i, l[i] = 1, 'changed'
print(i, l)
