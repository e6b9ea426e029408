print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [1], [2] > [1, 9], [1, 'a'] == [1, 'a'])
print([1.0] == [1], [[1]] == [[1]], [None] == [None], [1, 2] <= [1, 2], [3] >= [2, 9], [float('nan')] == [float('nan')])
nan = float('nan')
print([nan] == [nan], nan in [nan], [nan].count(nan), [nan].index(nan))
try:
    [1] < ['a']
except TypeError as e:
    print('TypeError:', e)
print(sorted([[2, 1], [1, 9], [1, 2, 3], []]), max([[0], [0, 0]]))
