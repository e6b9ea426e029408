# Several context managers in one with statement nest left to right.
class CM:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self.name
    def __exit__(self, *exc):
        self.log.append('exit ' + self.name)
log = []
with CM('a', log) as a, CM('b', log) as b, CM('c', log):
    log.append('body %s%s' % (a, b))
print(log)
log = []
try:
    with CM('x', log), CM('y', log):
        raise ValueError
except ValueError:
    log.append('caught')
print(log)
