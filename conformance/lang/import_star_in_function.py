# import * is only allowed at module level.
try:
    compile('def f():\n    from sys import *\n', '<s>', 'exec')
    print('compiled')
except SyntaxError:
    print('SyntaxError')
ns = {}
exec('from gc import *', ns)
print('collect' in ns)
