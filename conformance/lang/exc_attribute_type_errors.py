# AttributeError and TypeError from common operations.
class C: pass
try:
    C().missing
except AttributeError:
    print('AttributeError')
try:
    len(5)
except TypeError:
    print('TypeError len')
try:
    'a' + 1
except TypeError:
    print('TypeError add')
try:
    n = None
    n()
except TypeError:
    print('TypeError call')
try:
    1 < 'a'
except TypeError:
    print('TypeError compare')
try:
    [].nope()
except AttributeError:
    print('AttributeError method')
