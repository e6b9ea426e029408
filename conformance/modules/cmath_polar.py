# cmath: phase, polar, rect and the constants
try:
    import ucmath as cmath
except ImportError:
    import cmath

print(cmath.pi, cmath.e)
for z in [0, 1, -1, 1j, -1j, 1 + 1j, -1 - 1j, 3 + 4j, -3 + 4j, 2.5, -2.5, complex(-1, -0.0),
          complex(-0.0, 0.0), 1e308 + 1e308j]:
    print('phase', z, cmath.phase(z))
for z in [0, 1, -2, 3 + 4j, -3 - 4j, 1j, 0.5 + 0.5j, 5, True]:
    print('polar', z, cmath.polar(z))
print(type(cmath.polar(1)).__name__, len(cmath.polar(1j)))

for r, phi in [(1, 0), (2, 0.0), (2, -0.0), (0, 1), (1, cmath.pi / 2), (2, cmath.pi), (1.5, -1),
               (5, 0.9272952180016122), (-1, 0.5), (3, 10**3)]:
    z = cmath.rect(r, phi)
    print('rect', r, phi, '%.12g %.12g' % (z.real, z.imag))
print(cmath.rect(0, 0), cmath.rect(3, 0), type(cmath.rect(1, 1)).__name__)
# polar and rect undo each other
for z in [3 + 4j, -1 + 2j, 0.25 - 7j]:
    w = cmath.rect(*cmath.polar(z))
    print(abs(w - z) < 1e-12)

try:
    cmath.rect(1, float('inf'))
except ValueError as e:
    print('ValueError', e)
try:
    cmath.polar(1e308 * 10 + 0j)
    print('inf ok')
except OverflowError:
    print('OverflowError')
for bad in ['1', None, [1j]]:
    for f in (cmath.phase, cmath.sqrt, cmath.polar):
        try:
            f(bad)
        except TypeError:
            print('TypeError', type(bad).__name__)
for args in [(1j, 0), (1, 1j), ('a', 1)]:
    try:
        cmath.rect(*args)
    except TypeError:
        print('rect TypeError')
try:
    cmath.rect(1)
except TypeError:
    print('TypeError')
print(cmath.__name__)
