# Calls with * and ** unpacking in several positions.
def f(a, b, c, d=0):
    return a, b, c, d
print(f(*[1, 2, 3]))
print(f(1, *(2, 3)))
print(f(*'xy', 'z'))
print(f(**{'a': 1, 'b': 2, 'c': 3}))
print(f(1, **{'c': 3, 'b': 2}))
print(f(*[1], *[2], c=3))
print(f(1, 2, *range(1), **{'d': 9}, c=4) if False else f(1, 2, c=4, **{'d': 9}))
args = (1, 2, 3, 4)
print(f(*args))
try:
    f(1, 2, 3, a=1)
except TypeError:
    print('TypeError multiple values')
