# compile() in exec and eval modes, run with exec/eval.
code = compile('result = 6 * 7', '<calc>', 'exec')
ns = {}
exec(code, ns)
print(ns['result'])
loop = compile('total = 0\nfor i in range(5):\n    total += i\n', '<loop>', 'exec')
d = {}
exec(loop, d)
print(d['total'])
try:
    compile('x = (', '<bad>', 'exec')
except SyntaxError:
    print('SyntaxError')
try:
    compile('1', '<x>', 'bogus')
except ValueError:
    print('ValueError for a bad mode')
