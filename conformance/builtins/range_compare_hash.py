print(range(0) == range(1, 1), range(0, 3) == range(3), range(0, 10, 5) == range(0, 6, 5), range(1) == range(1, 2, 7))
print(range(3) != range(4), range(3) == [0, 1, 2], hash(range(3)) == hash(range(0, 3, 1)), {range(2): 'x'}[range(0, 2)])
print(range(5)[1:4], range(5)[::-1], range(0, 20, 3)[2:5], range(10)[-3:], range(10)[5:100:2], range(10)[::-4])
try:
    range(3) < range(4)
except TypeError as e:
    print('TypeError:', e)
