# Closures in loops, with and without default capture.
callbacks = {}
for name in ('a', 'b', 'c'):
    callbacks[name] = lambda name=name: name.upper()
print(sorted((k, f()) for k, f in callbacks.items()))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(1, 4)]
print([m(10) for m in make_multipliers()])
