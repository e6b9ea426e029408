# raise X from Y sets the cause; both propagate as X.
class AppError(Exception):
    pass
def load():
    try:
        int('nope')
    except ValueError as e:
        raise AppError('load failed') from e
try:
    load()
except AppError as e:
    print('AppError', e.args[0])
try:
    raise RuntimeError('outer') from KeyError('inner')
except RuntimeError as e:
    print('RuntimeError', e)
try:
    raise ValueError from TypeError
except ValueError as e:
    print('class cause ok', type(e).__name__)
