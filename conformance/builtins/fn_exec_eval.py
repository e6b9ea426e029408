print(eval('1 + 2'), eval('x * 2', {'x': 5}), eval('[i for i in range(3)]'))
g = {}
exec('y = 10\nz = y + 1', g)
print(g['y'], g['z'])
exec('w = 3')
print(w)
c = compile('a = 4', '<s>', 'exec')
exec(c)
print(a)
try:
    eval('1 +')
except SyntaxError:
    print('SyntaxError')
