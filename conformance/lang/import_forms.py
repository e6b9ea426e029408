# import statement forms with builtin modules.
import sys
import gc, sys as system
from sys import path, argv
from sys import (path as p2,
                 argv as a2)
print(system is sys, p2 is path, a2 is argv)
print(type(path).__name__, type(gc.collect).__name__ in ('function', 'builtin_function_or_method'))
def local_import():
    import sys as s
    from gc import collect
    return s is sys, callable(collect)
print(local_import())
print('sys' in dir(), 'local_import' in dir())
