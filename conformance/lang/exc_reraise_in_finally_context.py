# A bare raise re-raises the exception being handled, even after a call.
def helper():
    try:
        raise KeyError('inner handled')
    except KeyError:
        pass
try:
    try:
        raise ValueError('outer')
    except ValueError:
        helper()
        raise
except ValueError as e:
    print('still the outer one:', e)
try:
    try:
        raise IndexError(1)
    finally:
        print('finally sees it pass')
except IndexError as e:
    print('IndexError', e.args)
