# break, continue and return inside with run __exit__.
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        return self.tag
    def __exit__(self, *a):
        print('exit', self.tag)
for i in range(4):
    with CM(i) as t:
        if t == 1:
            continue
        if t == 3:
            break
        print('body', t)
def g():
    while True:
        with CM('ret'), CM('ret2'):
            return 'returned'
print(g())
def h():
    for i in range(2):
        with CM('outer%d' % i):
            for j in range(2):
                with CM('inner%d%d' % (i, j)):
                    if j == 1:
                        break
    return 'h done'
print(h())
