print('' in '', '' in 'a', 'a' in '', 'bc' in 'abcd', 'bd' in 'abcd', 'é' in 'café', 'fé' in 'café')
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError:', e)
try:
    None in 'abc'
except TypeError as e:
    print('TypeError:', e)
