print('a=b=c'.partition('='), 'abc'.partition('='), 'a=b=c'.rpartition('='), 'abc'.rpartition('='))
print('=x'.partition('='), 'x='.rpartition('='))
try:
    'a'.partition('')
except ValueError as e:
    print('ValueError:', e)
