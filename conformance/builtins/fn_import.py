m = __import__('sys')
print(m.__name__, type(m).__name__)
import sys
print(m is sys)
try:
    __import__('no_such_module_xyz')
except ImportError as e:
    print(isinstance(e, ImportError))
