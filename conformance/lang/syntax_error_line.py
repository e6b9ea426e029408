# An invalid token on line 5 fails the whole script before it runs.
print('this never prints')
x = 1
y = 2
z = (x +* y)
print(z)
