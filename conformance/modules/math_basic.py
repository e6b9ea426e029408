# math: constants, sqrt, fabs and the int-returning roundings
try:
    import umath as math
except ImportError:
    import math

print(math.pi, math.e)
print(type(math.pi).__name__, math.pi == 3.141592653589793)

for x in [0, 1, 2, 4, 0.25, 1e100, 2.0, 10**30, True, 0.0, -0.0, float('inf')]:
    print('sqrt', repr(x), math.sqrt(x))
for x in [-0.001, -1, float('-inf')]:
    try:
        math.sqrt(x)
    except ValueError as e:
        print('sqrt', x, 'ValueError', e)
print(math.sqrt(float('nan')))

for x in [-3, 3, -2.5, 2.5, 0, -0.0, 10**40, -10**40, True, float('-inf')]:
    print('fabs', repr(x), math.fabs(x))

vals = [0, 7, -7, 2.5, -2.5, 2.0, -0.5, 0.5, 1e20, -1e20, 123456789.75,
        2**70, -2**70, True, False, 1.5e300]
for x in vals:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x))
    print(type(math.floor(x)).__name__, type(math.ceil(x)).__name__, type(math.trunc(x)).__name__)

for f in (math.floor, math.ceil, math.trunc):
    try:
        f(float('inf'))
    except OverflowError as e:
        print('OverflowError', e)
    try:
        f(float('-inf'))
    except OverflowError as e:
        print('OverflowError', e)
    try:
        f(float('nan'))
    except ValueError as e:
        print('ValueError', e)

# the results are real ints: arithmetic on them stays exact
print(math.floor(1e20) + 1, math.ceil(-1e20) - 1)
print(math.floor(12345.678) // 10, math.ceil(0.1) << 40)
