# Annotations are parsed but never evaluated (MicroPython's behaviour), so
# names in them need not exist; viper-style type names parse.
def scale(p: ptr8, n: int, k: uint = 2) -> undefined_type:
    return n * k
print(scale(None, 21))
def log(msg: print('side effect?')) -> None:
    return msg
print(log('quiet'))
