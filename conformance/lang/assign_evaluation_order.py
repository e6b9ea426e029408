# The right-hand side is evaluated before targets, left to right.
log = []
def val(v):
    log.append('val %s' % v)
    return v
class Obj:
    def __setattr__(self, k, v):
        log.append('set %s' % k)
        self.__dict__[k] = v
def obj(tag):
    log.append('obj %s' % tag)
    return o
o = Obj()
obj('a').x, obj('b').y = val(1), val(2)
print(log)
log.clear()
d = {}
def key(k):
    log.append('key %s' % k)
    return k
d[key('k1')] = d[key('k2')] = val('v')
print(log, sorted(d))
