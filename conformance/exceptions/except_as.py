# except ... as binds the exception; its message prints.
try:
    raise ValueError('x')
except ValueError as e:
    print('message:', e)


def check(n):
    if n < 0:
        raise ValueError('negative')
    return n


for v in range(-1, 2):
    try:
        print(check(v))
    except ValueError as e:
        print('error', e)
