# Adjacent string literals join at compile time.
s = 'abc' "def" '''ghi'''
print(s)
t = ('one '
     'two '
     "three")
print(t)
print('a' r'\n' 'b')
print(len('x' 'y' 'z'))
u = ("multi"
     # a comment between
     "line")
print(u)
