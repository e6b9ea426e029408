# Unpacking errors from wrong lengths and non-iterables.
cases = [lambda: [a for a in [1]] and None]
def two(v):
    a, b = v
    return a, b
for v in ([1, 2], 'ab', (1,), [1, 2, 3], 5, None):
    try:
        print(two(v))
    except ValueError:
        print('ValueError', repr(v))
    except TypeError:
        print('TypeError', repr(v))
def star(v):
    a, *b, c = v
    return a, b, c
for v in ([1, 2], [1], 'xyz'):
    try:
        print(star(v))
    except ValueError:
        print('ValueError star', repr(v))
