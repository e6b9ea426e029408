# try / except: the handler runs only when its exception is raised.
try:
    print('before')
    raise ValueError('bad value')
    print('not reached')
except ValueError:
    print('caught ValueError')
print('after')
try:
    x = 1 / 0
    print('not reached')
except ZeroDivisionError:
    print('caught ZeroDivisionError')
try:
    print('no error')
except ValueError:
    print('not here')
print('end')
