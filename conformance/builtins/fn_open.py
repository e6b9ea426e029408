try:
    open('/no/such/file/anywhere.txt')
except OSError as e:
    print('OSError')
