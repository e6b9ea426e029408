# The 'as' name is deleted at the end of the handler.
try:
    raise ValueError('v')
except ValueError as err:
    print('in handler', err)
try:
    print(err)
except NameError:
    print('err is unbound after the handler')
def f():
    e = 'before'
    try:
        raise KeyError
    except KeyError as e:
        pass
    try:
        return e
    except NameError:
        return 'cleared'
print(f())
