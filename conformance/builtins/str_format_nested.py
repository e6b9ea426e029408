print('{:{}}|'.format('x', 5), '{:{w}.{p}f}'.format(3.14159, w=10, p=2), '{0:>{1}}'.format('r', 4))
print('{:{fill}{align}{width}}'.format('m', fill='-', align='^', width=9))
print('{0}{1}{0}'.format('<', '>'), '{a[0]}{a[1]}'.format(a='xy'), '{d[key]}'.format(d={'key': 'val'}))
print('{!r:^9}'.format('q'), '{0!s:>4}'.format(12), '{!s:>5}'.format(None), '{:^5}'.format(True), '{}'.format(True))
try:
    '{:>5}'.format(None)
except TypeError as e:
    print('TypeError:', e)
try:
    format([1], 'x')
except TypeError as e:
    print('TypeError:', e)
