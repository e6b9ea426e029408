# math: frexp, ldexp, modf, copysign, fmod
try:
    import umath as math
except ImportError:
    import math

inf = float('inf')
for x in [0, 0.0, -0.0, 1, 2, 3, 0.5, -0.75, 1e300, 5e-324, 2**70, -12345.6789, inf, -inf, True]:
    print('frexp', repr(x), math.frexp(x))
m, e = math.frexp(float('nan'))
print(math.isnan(m), e)

for x, i in [(1, 0), (1, 10), (0.5, 1), (3, -2), (-1.5, 100), (1, -1074), (1, -1075), (1, -2000),
             (1, 1023), (0.0, 100000), (-0.0, 5), (inf, -5), (1, -10**30), (0.0, 10**30), (7, True)]:
    print('ldexp', x, i, math.ldexp(x, i))
for x, i in [(1, 1024), (1.0, 10**30), (-3, 5000)]:
    try:
        math.ldexp(x, i)
    except OverflowError as e:
        print('ldexp', x, 'OverflowError', e)
try:
    math.ldexp(1.0, 2.0)
except TypeError:
    print('ldexp TypeError')
# frexp then ldexp gives the number back exactly
for x in [0.1, 123.456, -7e-300, 1.7976931348623157e308]:
    print(math.ldexp(*math.frexp(x)) == x)

for x in [0, 1.5, -1.5, 2.25, -0.25, 1e20, -3, 123.0625, inf, -inf, 2**60, -0.0]:
    print('modf', repr(x), math.modf(x))
f, i = math.modf(float('nan'))
print(math.isnan(f), math.isnan(i))

for x, y in [(1, -1), (-1, 1), (3, -0.0), (-3, 0.0), (0.0, -5), (inf, -1), (2, 2**100), (-2.5, 0)]:
    print('copysign', x, y, math.copysign(x, y))
print(math.isnan(math.copysign(float('nan'), -1)))

for x, y in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (5, inf), (-5, -inf),
             (0, 3), (-0.0, 3), (1e300, 3), (10**20, 7), (2.5, 0.5)]:
    print('fmod', x, y, math.fmod(x, y))
for x, y in [(1, 0), (1.5, 0.0), (inf, 2), (-inf, inf)]:
    try:
        math.fmod(x, y)
    except ValueError as e:
        print('fmod', x, y, 'ValueError', e)
print(math.isnan(math.fmod(float('nan'), 1)), math.isnan(math.fmod(1, float('nan'))))
