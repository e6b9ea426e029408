# Dict and set comprehensions.
words = ['apple', 'bob', 'cat', 'apple']
lengths = {w: len(w) for w in words}
print(sorted(lengths.items()))
inverted = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(sorted(inverted.items()))
print(sorted({len(w) for w in words}))
print({n % 3 for n in range(10)} == {0, 1, 2})
sq = {i: i * i for i in range(5) if i % 2 == 0}
print(sorted(sq.items()))
print({k: [v] * 2 for k, v in zip('ab', (1, 2))} == {'a': [1, 1], 'b': [2, 2]})
