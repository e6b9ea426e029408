# TypeErrors from bad calls.
def f(a, b):
    return a + b
for call in (lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=2)):
    try:
        call()
        print('no error')
    except TypeError:
        print('TypeError')
def g(*, k):
    return k
try:
    g()
except TypeError:
    print('TypeError kw-only')
print(g(k='ok'))
