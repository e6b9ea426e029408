# Conditional expressions evaluate only the chosen branch.
def loud(v):
    print('eval', v)
    return v
x = loud('a') if True else loud('b')
y = loud('c') if 0 else loud('d')
print(x, y)
z = 'neg' if -1 < 0 else 'pos' if 1 > 0 else 'zero'
print(z)
f = lambda n: 'even' if n % 2 == 0 else 'odd'
print([f(i) for i in range(4)])
print((1 if [] else 2) + (3 if [0] else 4))
w = (lambda: 'L') if True else None
print(w())
