# math: what the functions accept (int, bool, big int, float, __float__) and refuse
try:
    import umath as math
except ImportError:
    import math


class F:
    def __float__(self):
        return 2.25


print(math.sqrt(F()), math.floor(F()), math.fabs(F()), math.copysign(3, F()))
print(math.sqrt(True), math.sqrt(False), math.exp(False), math.pow(True, 2))
print(math.sqrt(2**64), math.fabs(-2**64), math.copysign(2**80, -1))
print(math.isinf(10**300), math.isfinite(-10**300), math.isnan(2**62))

for x in [0, 1.5, float('inf'), float('-inf'), float('nan'), -0.0, 1e308 * 10, True]:
    print('classify', repr(x), math.isinf(x), math.isnan(x), math.isfinite(x))

# a big int too large for a float
for f in (math.sqrt, math.exp, math.sin, math.isinf, math.fabs):
    try:
        f(10**400)
        print('no error')
    except OverflowError as e:
        print('OverflowError', e)

for bad in ['1', None, [1], 1j, b'2']:
    for f in (math.sqrt, math.floor, math.isnan, math.log, math.frexp):
        try:
            f(bad)
            print('no error')
        except TypeError:
            print('TypeError', type(bad).__name__)
for args in [('a', 1), (1, 'b'), (None, None)]:
    for name in ('pow', 'atan2', 'fmod', 'copysign', 'ldexp'):
        try:
            getattr(math, name)(*args)
            print('no error')
        except TypeError:
            print('TypeError', name)

# wrong number of arguments
for call in (lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.pow(2),
             lambda: math.atan2(1), lambda: math.frexp()):
    try:
        call()
        print('no error')
    except TypeError:
        print('TypeError')

# the module's functions are plain builtins; names are what the seed lists
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'ceil', 'copysign', 'cos',
         'cosh', 'degrees', 'e', 'erf', 'erfc', 'exp', 'expm1', 'fabs', 'floor', 'fmod', 'frexp',
         'gamma', 'isfinite', 'isinf', 'isnan', 'ldexp', 'lgamma', 'log', 'log10', 'log2', 'modf',
         'pi', 'pow', 'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc']
print(all(hasattr(math, n) for n in names), len(names))
print(math.__name__)
