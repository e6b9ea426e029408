# Tuple and starred targets in comprehensions.
pairs = [(1, 'a'), (2, 'b')]
print([n for n, _ in pairs], [s for _, s in pairs])
print([(b, a) for a, b in pairs])
print([rest for first, *rest in [(1, 2, 3), (4, 5)]])
print({k: v for (k, v) in pairs})
print([x + y for (x, (y, z)) in [(1, (2, 3)), (4, (5, 6))]])
