# Handler selection, else clause, multiple exception types.
def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        return 'zero'
    except (TypeError, ValueError) as e:
        return 'bad type ' + type(e).__name__
    else:
        return r
print(f(2), f(0), f('a'))
try:
    [][1]
except LookupError:
    print('IndexError is a LookupError')
try:
    {}['x']
except IndexError:
    print('no')
except KeyError:
    print('KeyError')
