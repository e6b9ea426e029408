# int() parse errors and their messages
cases = [('12', 1), ('12', 37), ('09', 0), ('', 10), ('0x', 16), (' ', 10),
         ('1 2', 10), ('2', 2), ('g', 16), ('0b2', 0), ('--1', 10), ('1.5', 10),
         ('0x10', 10), ('abc', 10)]
for s, b in cases:
    try:
        print(int(s, b))
    except ValueError as e:
        print('ValueError:', e)
try:
    int(12, 10)
except TypeError as e:
    print('TypeError:', e)
try:
    int([1])
except TypeError as e:
    print('TypeError:', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
try:
    int('5', '10')
except TypeError as e:
    print('TypeError', type(e).__name__)
