# return through several finally blocks runs them innermost first.
def f():
    try:
        try:
            try:
                return 'value'
            finally:
                print('level 3')
        finally:
            print('level 2')
    finally:
        print('level 1')
print(f())
def g(n):
    try:
        if n:
            return 'early'
    finally:
        print('g finally', n)
    return 'late'
print(g(1), g(0))
