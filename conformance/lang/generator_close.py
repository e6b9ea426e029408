# close() raises GeneratorExit at the paused yield.
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        print('finally')
gen = g()
print(next(gen))
gen.close()
gen.close()
print('closed twice fine')
def never_started():
    print('body never runs')
    yield
ns = never_started()
ns.close()
print('closed unstarted')
def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield 'no'
r = refuses()
next(r)
try:
    r.close()
except RuntimeError:
    print('RuntimeError: generator ignored GeneratorExit')
