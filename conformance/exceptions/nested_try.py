# Exceptions from called functions, handlers in loops, nested try blocks.
def risky(n):
    if n == 0:
        raise ZeroDivisionError('custom')
    return 10 // n


total = 0
for n in range(-2, 3):
    try:
        total = total + risky(n)
    except ZeroDivisionError:
        print('skipped', n)
print('total', total)
try:
    try:
        raise ValueError('inner')
    except ZeroDivisionError:
        print('wrong handler')
    print('not reached')
except ValueError as e:
    print('outer caught', e)
