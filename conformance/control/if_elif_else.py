# if / elif / else chooses exactly one branch.
n = -2
while n < 13:
    if n < 0:
        print(n, 'negative')
    elif n == 0:
        print(n, 'zero')
    elif n < 10:
        print(n, 'small')
    else:
        print(n, 'large')
    n = n + 3
if 1:
    print('one is true')
if 0:
    print('zero is true')
else:
    print('zero is false')
if '':
    print('empty string is true')
else:
    print('empty string is false')
if 'x':
    print('non-empty string is true')
