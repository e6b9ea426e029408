for spec in ['', '<8', '>8', '^8', '*^9', '.2', '8.3', '-<6', '0>5']:
    print(repr(spec), repr(format('hello', spec)))
for spec in ['d', '5d', '<5d', '^5d', '05d', '+d', ' d', '-d', ',d', '_d', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b',
             '08b', '#010x', 'c', 'n', '=+8d', '+#x', '_x', ',', '', 'e', 'f', 'g', '%', '.2f']:
    print(repr(spec), repr(format(1234, spec)), repr(format(-42, spec)) if spec != 'c' else '')
print(format(2**100, ','), format(-2**70, 'x'), format(2**64, '#b')[:12], format(True, 'd'), format(True), format(65, 'c'))
print('{:,}'.format(1234567.891), '{:.3%}'.format(0.25), '{:e}'.format(0), '{:g}'.format(1e-5), '{:08.3f}'.format(-1.5))
for v, spec in [('a', 'd'), (1.5, 'd'), (1, 's'), ('x', '=5'), (1, '.2s'), ('s', '+')]:
    try:
        print(format(v, spec))
    except ValueError as e:
        print('ValueError:', e)
