# Exceptions raised inside handlers and nested try blocks.
try:
    try:
        raise ValueError('inner')
    except ValueError:
        raise TypeError('from handler')
except TypeError as e:
    print('outer caught', e)
try:
    try:
        raise KeyError
    except ValueError:
        print('wrong handler')
except KeyError:
    print('propagated to outer')
def f():
    try:
        return 1 / 0
    except ZeroDivisionError:
        try:
            return [][0]
        except IndexError:
            return 'inner handler'
print(f())
