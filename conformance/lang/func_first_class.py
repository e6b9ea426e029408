# Functions passed, returned and stored.
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 7, 5), apply(len, 'abcd'))
ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
print(sorted((k, v(3, 4)) for k, v in ops.items()))
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
funcs = [abs, str, bool]
print([fn(-1) for fn in funcs])
