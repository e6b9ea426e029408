# Identity and membership operators.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, 1 in a, 3 in a, 3 not in a)
print('ell' in 'hello', 'xyz' not in 'hello', '' in 'abc')
print(2 in (1, 2), 'k' in {'k': 1}, 1 in {'k': 1}, 1 in {1, 2})
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
class Box:
    def __contains__(self, x):
        return x == 'magic'
print('magic' in Box(), 'other' in Box(), 'other' not in Box())
