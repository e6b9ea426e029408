# Display forms of containers.
print((), (1,), (1, 2), [], [1], [1, 2,])
print({}, {1: 2}, {'a': [1, 2]})
print(sorted({3, 1, 2}), type({1}))
print([[], [[]], [[], []]])
print(((1, 2), (3, 4))[1][0])
print({1: 'a', 1: 'b'})
print([1, 2, 3][::-1], (1, 2, 3)[1:])
x = 1, 2, 3
print(x, type(x))
