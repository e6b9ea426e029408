# Explicit and implicit line joining.
total = 1 + \
        2 + \
        3
print(total)
items = [
    'a',
    'b',   # comment inside brackets
]
print(items)
def f(a,
      b=2,
      *args):
    return a + b
print(f(1,
        3))
s = ('implicit '
     'join')
print(s)
if (total > 5 and
        len(items) == 2):
    print('multi-line condition')
d = {
    'k': 1,
}
print(d)
