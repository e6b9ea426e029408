# A return in finally discards an in-flight exception.
def f():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(f())
def g():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i == 1:
                return 'returned at %d' % i
print(g())
def h():
    try:
        return 'try value'
    finally:
        print('finally runs before return completes')
print(h())
