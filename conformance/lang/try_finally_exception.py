# An exception passes through finally blocks, which run on the way out.
def f():
    try:
        try:
            1 / 0
        finally:
            print('inner finally')
    finally:
        print('outer finally')
try:
    f()
except ZeroDivisionError:
    print('caught ZeroDivisionError')
def g():
    try:
        raise KeyError('a')
    finally:
        print('g finally')
try:
    g()
except KeyError as e:
    print('caught', repr(e))
