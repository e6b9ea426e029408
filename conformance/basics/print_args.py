# print with zero, one and several arguments of mixed types.
print(1, 2, 3)
print('a', 1, 2.5, 'b')
print()
print('alone')
print(True, False, None)
print(-5, -0.5, 0)
print('', 'empty before')
print(1 + 1, 'two', 2 * 1.0)
