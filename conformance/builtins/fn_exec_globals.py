g = {'x': 2}
exec('y = x * 21', g)
print(g['y'], 'x' in g)
l = {}
exec('z = 5', g, l)
print(l, 'z' in g)
print(eval('x + 1', g), eval('y', g, {'y': 'local'}), eval('len("abc")'))
code = compile('q = 7', 'f', 'exec')
ns = {}
exec(code, ns)
print(ns['q'])
try:
    exec('1 +', {})
except SyntaxError:
    print('SyntaxError')
try:
    eval('undefined_name_xyz', {})
except NameError:
    print('NameError')
