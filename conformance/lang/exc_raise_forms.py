# raise with a class, an instance, and re-raise.
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise ValueError('msg', 2)
except ValueError as e:
    print(e.args)
def reraiser():
    try:
        raise KeyError('k')
    except KeyError:
        print('handling')
        raise
try:
    reraiser()
except KeyError as e:
    print('re-raised', repr(e))
try:
    raise TypeError('x') from None
except TypeError as e:
    print('from None', e)
