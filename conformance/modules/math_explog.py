# math: exp, expm1, log, log2, log10, pow
try:
    import umath as math
except ImportError:
    import math


def g(x):
    # 13 significant digits: libm may differ from CPython's in the last bit
    return '%.13g' % x

for x in [0, 1, -1, 2, 0.5, 10, -10, 100, 700, -700, -1000, 1e-10]:
    print('exp', x, g(math.exp(x)))
for x in [0, 1e-10, -1e-10, 1e-5, 1, -1, 10, -50]:
    print('expm1', x, g(math.expm1(x)))
print(math.exp(float('-inf')), math.exp(float('inf')), math.expm1(float('-inf')))

for x in [1, 2, 8, 1024, 0.5, 0.125, 2**100, 2**1000, 2**5000, 1e300, 1e-300, 3]:
    print('log2', x if x < 1e30 else 'big', math.log2(x))
for x in [1, 10, 100, 1000, 1e22, 0.001, 10**50, 10**400, 1e-5]:
    print('log10', x if x < 1e30 else 'big', math.log10(x))
for x in [1, math.e, 1e300, 10**400, 2**1024, 2**1100 + 12345, 0.5, 2, 7]:
    print('log', g(math.log(x)))
print(math.log(float('inf')), math.log2(float('inf')), math.log10(float('inf')))
print(math.isnan(math.log(float('nan'))))

for f in (math.log, math.log2, math.log10):
    for x in (0, 0.0, -0.0, -1, -1e-300, -10**400, float('-inf')):
        try:
            f(x)
            print('no error', x)
        except ValueError as e:
            print('ValueError', e)

for x, y in [(2, 10), (2, 0.5), (2, -1), (10, -3), (-2, 3), (-2, -2), (0, 0), (0, 5), (1, 1e300),
             (4, 0.5), (1.5, 2), (-8, 1), (2, 1023), (0.5, 1074), (9, 0.5), (2**60, 0.5)]:
    print('pow', x, y, math.pow(x, y))

inf = float('inf')
nan = float('nan')
for x, y in [(inf, 2), (inf, -2), (-inf, 3), (-inf, -3), (-inf, 2), (-inf, -2), (inf, 0),
             (nan, 0), (1, nan), (2, inf), (0.5, inf), (2, -inf), (0.5, -inf), (-1, inf), (1, -inf),
             (-inf, 0.5)]:
    print('pow', x, y, math.pow(x, y))
print(math.isnan(math.pow(nan, 1)), math.isnan(math.pow(2, nan)))

for x, y in [(0, -1), (0.0, -2.5), (-2, 0.5), (-8, 1 / 3)]:
    try:
        math.pow(x, y)
    except ValueError as e:
        print('pow', x, 'ValueError', e)
for x, y in [(10, 400), (-10, 401), (2, 1024), (1e300, 2)]:
    try:
        math.pow(x, y)
    except OverflowError as e:
        print('pow', x, y, 'OverflowError', e)
for f, x in [(math.exp, 710), (math.exp, 1e300), (math.expm1, 1000)]:
    try:
        f(x)
    except OverflowError as e:
        print('OverflowError', e)
