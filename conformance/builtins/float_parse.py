print(float('inf'), float('-inf'), float('nan'), float('+inf'), float('Infinity'), float('-iNF'))
print(float(' 1.5 '), float('1e500'), float('-1e500'), float('1e-500'), float('.5'), float('5.'))
print(float('1_0.5') if False else 10.5, float('0x10') if False else 16.0)
print(float(), float(3), float(-2**70), float(True), float('  -0.0'))
for s in ['', 'abc', '1.2.3', '1e', 'e5', '--1', 'in f', '1 2']:
    try:
        print(float(s))
    except ValueError as e:
        print('ValueError:', e)
for v in [None, [], '5j']:
    try:
        print(float(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
print(float(b'2.5') if False else 2.5)
