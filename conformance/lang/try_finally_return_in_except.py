# return from an except handler runs the finally clause.
def f(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return 'div by zero'
    finally:
        print('finally for', x)
print(f(2))
print(f(0))
def g():
    try:
        raise ValueError
    except ValueError as e:
        try:
            return 'inner'
        finally:
            print('nested finally')
print(g())
