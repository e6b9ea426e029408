print(list(zip('ab', range(10))), list(zip([], [1])), list(zip(*['ab', 'cd', 'ef'])), list(zip(range(3), range(3), range(3), range(3))))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], dict(zip(['a', 'b'], [1, 2])), list(zip(iter([1, 2]), 'xyz')))
z = zip('ab', 'cd')
print(list(z), list(z))
