# %-formatting with widths and precisions too large for any buffer raises instead of
# overflowing.
for fmt in ('%99999999999999999999d', '%.99999999999999999999f', '%099999999999999999999s'):
    try:
        print(fmt % 1)
    except ValueError as e:
        print('ValueError', e)
try:
    print('%*d' % (10 ** 30, 1))
except OverflowError:
    print('OverflowError')
print('%*d|%-*s|%.*f' % (5, 42, 4, 'ab', 2, 3.14159))
