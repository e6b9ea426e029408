# exec and eval see the dictionaries they are given.
ns = {}
exec('x = 10\ny = x * 2', ns)
print(ns['x'], ns['y'])
print(eval('x + y', ns))
exec('z = x + 1', ns)
print(ns['z'])
counter = 0
def bump():
    global counter
    exec('counter += 1', globals())
bump(); bump()
print(counter)
print(eval('counter * 100'))
