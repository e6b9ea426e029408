# math: gamma, lgamma, erf, erfc
try:
    import umath as math
except ImportError:
    import math


def g(x):
    # 12 significant digits: these come from different algorithms per library
    return '%.12g' % x


for x in [1, 2, 3, 4, 5, 6, 10, 15, 20, 23]:
    print('gamma', x, math.gamma(x), math.gamma(float(x)))
for x in [0.5, 1.5, -0.5, -1.5, 2.5, 7.25, 0.001, -2.999, 30.5, 100, 171.5]:
    print('gamma', x, g(math.gamma(x)))
print(math.gamma(float('inf')), math.isnan(math.gamma(float('nan'))))
for x in [0, 0.0, -0.0, -1, -2.0, -100, float('-inf')]:
    try:
        math.gamma(x)
        print('no error')
    except ValueError as e:
        print('gamma', x, 'ValueError', e)
for x in [172, 200, 1e10]:
    try:
        math.gamma(x)
        print('no error')
    except OverflowError as e:
        print('gamma', x, 'OverflowError', e)

for x in [1, 2, 3, 0.5, 1.5, 10, 100, 1e5, -0.5, -2.5, 0.001, 1e300]:
    print('lgamma', x, g(math.lgamma(x)))
print(math.lgamma(float('inf')), math.lgamma(float('-inf')), math.isnan(math.lgamma(float('nan'))))
for x in [0, -1, -2.0, -10**6]:
    try:
        math.lgamma(x)
        print('no error')
    except ValueError as e:
        print('lgamma', x, 'ValueError', e)

for x in [0, 0.1, 0.5, 1, 2, 3, 6, -0.5, -1, -3, 1e-10, 30]:
    print('erf', x, g(math.erf(x)), 'erfc', g(math.erfc(x)))
print(math.erf(float('inf')), math.erf(float('-inf')), math.erfc(float('inf')), math.erfc(float('-inf')))
print(math.erf(0.0), math.erf(-0.0), math.erfc(0))
print(math.isnan(math.erf(float('nan'))), math.isnan(math.erfc(float('nan'))))
# erf + erfc == 1 closely
for x in [0.3, 0.7, 1.2]:
    print(abs(math.erf(x) + math.erfc(x) - 1) < 1e-15)
