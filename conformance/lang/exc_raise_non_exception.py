# Raising something that is not an exception is a TypeError.
for bad in (1, 'text', None, object()):
    try:
        raise bad
    except TypeError:
        print('TypeError for', type(bad).__name__)
class NotExc:
    pass
try:
    raise NotExc
except TypeError:
    print('TypeError for a plain class')
