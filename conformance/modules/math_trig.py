# math: trigonometric and hyperbolic functions, degrees/radians
try:
    import umath as math
except ImportError:
    import math


def g(x):
    # 13 significant digits: libm may differ from CPython's in the last bit
    return '%.13g' % x


xs = [0, 0.1, 0.5, 1, -1, 1.5, 2, 3, -3, 10, 100, 1e-8]
for name in ('sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'asinh'):
    f = getattr(math, name)
    print(name, [g(f(x)) for x in xs])
ys = [-1, -0.75, -0.5, 0, 0.25, 0.5, 0.9, 1]
for name in ('asin', 'acos'):
    f = getattr(math, name)
    print(name, [g(f(x)) for x in ys])
print('atanh', [g(math.atanh(x)) for x in ys[1:-1]])
print('acosh', [g(math.acosh(x)) for x in [1, 1.5, 2, 10, 1e10, 2**70]])

print(math.sin(0.0), math.sin(-0.0), math.tan(-0.0), math.atan(float('inf')), math.atan(float('-inf')))
print(math.tanh(float('inf')), math.tanh(-50), math.sinh(float('-inf')), math.cosh(float('-inf')))
print(math.asinh(float('-inf')), math.acosh(float('inf')))
print(math.sin(math.pi / 6) == 0.49999999999999994, g(math.cos(math.pi)), g(math.tan(math.pi / 4)))

for y, x in [(0, 1), (1, 0), (0, -1), (-1, 0), (1, 1), (-1, -1), (0.0, -0.0), (-0.0, -0.0),
             (3, 4), (1e-300, 1e300), (float('inf'), float('inf')), (float('-inf'), 5),
             (5, float('-inf')), (-5, float('-inf'))]:
    print('atan2', y, x, g(math.atan2(y, x)))

for x in [0, 1, -1, math.pi, math.pi / 2, 2 * math.pi, 1e300, -0.5]:
    print('degrees', x, math.degrees(x))
for x in [0, 90, 180, -45, 360, 1, 57.29577951308232, 10**20]:
    print('radians', x, math.radians(x))

errs = [(math.sin, float('inf')), (math.cos, float('-inf')), (math.tan, float('inf')),
        (math.asin, 1.0000001), (math.asin, -2), (math.acos, 2), (math.acos, float('inf')),
        (math.atanh, 1), (math.atanh, -1), (math.atanh, 2), (math.acosh, 0.5), (math.acosh, -1)]
for f, x in errs:
    try:
        f(x)
        print('no error')
    except ValueError as e:
        print('ValueError', e)
for f, x in [(math.sinh, 1000), (math.cosh, -1000), (math.cosh, 711)]:
    try:
        f(x)
        print('no error')
    except OverflowError as e:
        print('OverflowError', e)
for name in ('sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh',
             'acosh', 'atanh'):
    print(name, math.isnan(getattr(math, name)(float('nan'))))
