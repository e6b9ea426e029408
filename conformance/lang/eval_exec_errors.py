# Errors inside eval/exec propagate; syntax errors are SyntaxError.
for src in ('1 +', 'x = ', 'def', '(', 'import'):
    try:
        exec(src)
    except SyntaxError:
        print('SyntaxError', repr(src))
try:
    eval('1 / 0')
except ZeroDivisionError:
    print('ZeroDivisionError from eval')
try:
    exec('raise KeyError("k")')
except KeyError as e:
    print('KeyError from exec', repr(e))
try:
    eval('undefined_thing')
except NameError:
    print('NameError from eval')
