# for/else and while/else around try/except.
for x in ['1', '2', 'x', '4']:
    try:
        int(x)
    except ValueError:
        print('bad value', x)
        break
else:
    print('all good')
for x in ['1', '2']:
    try:
        int(x)
    except ValueError:
        break
else:
    print('all good second time')
n = 3
while n:
    n -= 1
    try:
        if n == 10:
            break
    finally:
        pass
else:
    print('while else after finally', n)
