s = slice(3)
print(s, s.start, s.stop, s.step, slice(1, 2, 3), slice(None), slice('a', 'b'), slice(1, None, -1))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 2, 1), slice(1, 2) < slice(1, 3))
for n in [0, 1, 5, 10]:
    print(n, slice(None).indices(n), slice(-2, None).indices(n), slice(None, None, -2).indices(n), slice(2, -2, 3).indices(n), slice(100, -100, -1).indices(n))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print('ValueError:', e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print('ValueError:', e)
