# for/else with break and continue.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print('found at', i)
            break
    else:
        print('not found')
find([1, 2, 3], 2)
find([1, 2, 3], 7)
find([], 1)
for i in range(5):
    if i == 2:
        continue
    print(i, end=' ')
else:
    print('| done')
for ch in 'abc':
    pass
print(ch)
for x in []:
    pass
else:
    print('empty else')
