x = 1234.5678
for spec in ['', 'f', '.2f', '10.2f', '<10.1f', '^12.3f', '+.1f', ' .1f', 'e', '.3e', 'E', 'g', '.3g',
             '.10g', 'G', '%', '.1%', ',.2f', '010.2f', '=+12.2f', '#.0f', '.0f', '.0e', '#g']:
    print(repr(spec), format(x, spec), format(-x, spec))
for v in [0.0, -0.0, 1e-10, 1e16, 123456789.123, 0.5, 2.5, float('inf'), float('-inf'), float('nan')]:
    print(format(v, ''), format(v, 'g'), format(v, '.2f'), format(v, 'e'), format(v, '>8'))
print('%f %e %g %.3g %10.4f %-10.2f| %+.2e %G' % (x, x, x, x, x, x, x, 1e-10))
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, 3.5))
print(str(1e100), '%s' % 1e-100, '%r' % 0.1)
