# throw() runs finally blocks inside the generator.
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
gen = g()
next(gen)
try:
    gen.throw(RuntimeError('stop'))
except RuntimeError as e:
    print('caught', e)
def h():
    try:
        yield 'a'
    except TypeError:
        yield 'b'
    finally:
        print('h finally')
gen = h()
print(next(gen), gen.throw(TypeError))
try:
    next(gen)
except StopIteration:
    print('done')
