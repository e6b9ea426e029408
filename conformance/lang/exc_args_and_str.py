# args, str and repr of builtin exceptions.
e = ValueError()
print(e.args, repr(str(e)))
e = ValueError('one')
print(e.args, str(e))
e = ValueError('one', 'two')
print(e.args)
e = KeyError('key')
print(e.args)
print(repr(ValueError('x')), repr(TypeError()))
e = Exception(1, [2])
print(e.args[1])
try:
    raise OSError(2, 'No such file')
except OSError as err:
    print(err.args)
