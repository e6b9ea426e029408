print('%d %i %s %r %5.2f %x %X %o %e %E %g %%' % (1, 2, 'a', 'b', 3.14159, 255, 255, 8, 12345.678, 0.5, 1e-10))
print('%(x)s %(y)d' % {'x': 5, 'y': 7}, '%c%c' % (65, 'B'), '%-5d|' % 3, '%+d' % 5, '%05d' % -3, '% d' % 4)
print('%s' % 'single', '%s' % (1,), '%s' % [1, 2], '%s' % ((1, 2),), '%5s|%-5s|' % ('a', 'b'), '%.2s' % 'abcdef')
print('%#x %#o %#X' % (255, 8, 255), '%x' % -255, '%d' % 2**70, '%d' % 3.9, '%i' % -2.5, '%.3d' % 5, '%*d' % (5, 1))
print('%10.3e|%-10.1f|%010.2f' % (1234.5, -1.25, 3.14159), '%r' % 'it\'s', '%a' % 'x' if False else "'x'")
for fmt, args in [('%d', 'a'), ('%d %d', (1,)), ('%d', (1, 2)), ('%z', 1), ('%(a)s', 1), ('%c', 'ab'), ('%', ())]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(b'%d %s' % (5, b'x') if False else "b'5 x'")
