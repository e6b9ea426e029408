# Conditional expressions inside comprehensions.
print(['even' if i % 2 == 0 else 'odd' for i in range(5)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print({x: ('big' if x > 2 else 'small') for x in range(5)} == {0: 'small', 1: 'small', 2: 'small', 3: 'big', 4: 'big'})
print([(x, y) for x in range(4) if x for y in range(x) if (x + y) % 2])
words = ['apple', 'Bob', 'cat', 'Dog']
print(sorted(w.lower() for w in words if w[0].isupper()))
