# Several simple statements on one line.
a = 1; b = 2; c = a + b
print(a, b, c)
if c > 2: print('big'); print('still big')
for i in range(2): x = i; print(x)
def f(): y = 5; return y * 2
print(f())
while False: pass
print('end');
