# Lambda and def defaults evaluated in the defining scope.
x = 10
f = lambda a=x * 2: a
x = 0
print(f())
def outer():
    y = 'outer y'
    def inner(v=y.upper()):
        return v
    return inner
print(outer()())
fs = {name: (lambda n=name: n * 2) for name in ('a', 'b')}
print(sorted((k, fn()) for k, fn in fs.items()))
