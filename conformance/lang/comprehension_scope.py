# Comprehension variables do not leak; the first iterable is evaluated outside.
x = 'outer x'
squares = [x * x for x in range(4)]
print(x, squares)
y = 'outer y'
gen = list(y for y in 'ab')
print(y, gen)
s = {z for z in range(3)}
d = {k: k for k in range(2)}
print('z' in dir(), 'k' in dir())
class C:
    data = [1, 2, 3]
    doubled = [v * 2 for v in data]
print(C.doubled)
