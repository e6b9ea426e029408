# Nested for and if clauses, and nested comprehensions.
print([(i, j) for i in range(3) for j in range(3) if i != j])
print([c for word in ['ab', 'cd'] for c in word])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for x in range(20) if x % 2 if x % 3])
print([i * j for i in range(1, 4) for j in range(i)])
print({(a, b) for a in 'xy' for b in (1, 2)} == {('x', 1), ('x', 2), ('y', 1), ('y', 2)})
