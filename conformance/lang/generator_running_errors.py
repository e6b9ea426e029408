# A generator cannot be resumed while it is running.
def g():
    yield gen_ref[0].send(None)
gen_ref = [None]
gen = g()
gen_ref[0] = gen
try:
    next(gen)
except ValueError:
    print('ValueError: generator already executing')
