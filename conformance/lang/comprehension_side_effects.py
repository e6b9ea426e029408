# Evaluation order in comprehensions.
log = []
def item(v):
    log.append('item %s' % v)
    return v
def cond(v):
    log.append('cond %s' % v)
    return v % 2
r = [item(v) for v in range(4) if cond(v)]
print(r)
print(log)
log.clear()
d = {item(k): item(k * 10) for k in range(2)}
print(log)
