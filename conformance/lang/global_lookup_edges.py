# Global and module-level name lookups stay right while the globals dict changes under them:
# deletion, re-creation, growth, shadowed builtins, and one code object run on several dicts.


def read_x():
    return x


x = 1
print(read_x())
del x
try:
    read_x()
except NameError as e:
    print('NameError', e)
x = 2
print(read_x())

# The dict grows (entries move when it is rebuilt) between lookups.
for i in range(40):
    globals()['filler_%d' % i] = i
    if read_x() != 2:
        print('wrong after', i)
print(read_x(), filler_39)

# Deleting other names and adding them back in another order.
a = 'a'
b = 'b'


def ab():
    return a + b


print(ab())
del a
b = 'B'
a = 'A'
print(ab())


# A builtin shadowed by a global after the lookup has been made a few times, then unshadowed.
def size(s):
    return len(s)


print([size('abc') for _ in range(3)])
len = lambda s: -1
print(size('abc'))
del len
print(size('abc'))

# The same code object on different globals dicts.
code = compile('y = n * 2\nz = y + 1', '<cache>', 'exec')
g1 = {'n': 1}
g2 = {'other': 0, 'n': 10}
for g in (g1, g2, g1, g2):
    exec(code, g)
    print(g['y'], g['z'])

# Module-level loops store and load the same names over and over.
total = 0
for k in range(1000):
    total += k
print(total, k)


# `global` inside a function.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


print([bump() for _ in range(5)], counter)
del counter
try:
    bump()
except NameError as e:
    print('NameError', e)


# Class bodies look names up in the class first, then the globals.
value = 'global'


class K:
    print(value)
    value = 'class'
    print(value)
    del value
    print(value)


print(value)
