# cmath: exp, log, log10, sqrt, sin, cos on complex, float and int arguments
try:
    import ucmath as cmath
except ImportError:
    import cmath


def g(z):
    # 12 significant digits per part: libm may differ from CPython's in the last bit
    z = complex(z)
    return '(%.12g, %.12g)' % (z.real, z.imag)


zs = [0, 1, -1, 2.5, 1j, -1j, 1 + 1j, -2 + 3j, 0.5 - 0.25j, -3 - 4j, 100 + 0.5j, 1e-3j, 3 + 0j]
for name in ('exp', 'log', 'log10', 'sqrt', 'sin', 'cos'):
    f = getattr(cmath, name)
    for z in zs:
        try:
            print(name, z, g(f(z)))
        except ValueError as e:
            print(name, z, 'ValueError', e)

# exact results
print(cmath.sqrt(-4), cmath.sqrt(4), cmath.sqrt(-1), cmath.sqrt(3 + 4j), cmath.sqrt(-3 - 4j))
print(cmath.exp(0), cmath.log(1), cmath.log10(100), cmath.log10(1000j).real, cmath.sin(0), cmath.cos(0))
print(cmath.sqrt(-0.0), cmath.sqrt(complex(0, -0.0)), cmath.exp(2j * 0))
print(type(cmath.sqrt(4)).__name__, type(cmath.exp(1)).__name__)
# the branch cut along the negative real axis
print(g(cmath.log(-1)), g(cmath.log(complex(-1, -0.0))), g(cmath.sqrt(complex(-4, -0.0))))
# large arguments scale instead of overflowing early
print(g(cmath.exp(709.5 + 0.5j)), g(cmath.log(1e308 + 1e308j)), g(cmath.sqrt(1e308 + 1e308j)))
print(g(cmath.log(5e-324 + 5e-324j)), g(cmath.sqrt(5e-324 + 5e-324j)), g(cmath.cos(700j)))
# near |z| == 1 log keeps its precision
print(g(cmath.log(0.8 + 0.6j)), g(cmath.log(1 + 1e-10j)))

for f, z in [(cmath.log, 0), (cmath.log, 0j), (cmath.log10, 0.0)]:
    try:
        f(z)
    except ValueError as e:
        print('ValueError', e)
for f, z in [(cmath.exp, 710), (cmath.exp, 1000 + 1j), (cmath.cos, 1000j), (cmath.sin, 800 + 800j)]:
    try:
        f(z)
    except OverflowError as e:
        print('OverflowError', e)
