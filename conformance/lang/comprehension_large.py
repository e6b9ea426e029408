# Bigger comprehensions: primes, pythagorean triples, transposes.
primes = [n for n in range(2, 60) if all(n % d for d in range(2, n) if d * d <= n)]
print(primes)
triples = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 30) if a * a + b * b == c * c]
print(triples)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print([list(col) for col in zip(*grid)])
print(sum(sum(row) for row in grid))
