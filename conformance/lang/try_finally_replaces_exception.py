# An exception raised in finally replaces the one in flight.
def f():
    try:
        raise ValueError('first')
    finally:
        raise TypeError('second')
try:
    f()
except TypeError as e:
    print('TypeError', e)
except ValueError:
    print('not this')
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return 'unreachable?'
try:
    print(g())
except ValueError as e:
    print('ValueError', e)
