# if/elif/else chains with every kind of condition.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
if []:
    print('empty list true')
elif {}:
    print('empty dict true')
else:
    print('both false')
if 'x': print('one-line if')
x = 3
if x > 1:
    if x > 2:
        print('nested')
    else:
        print('no')
