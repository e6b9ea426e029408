# Relative import forms compile; running them outside a package fails.
forms = ['from . import x', 'from .. import y', 'from .mod import a, b',
         'from ...deep.er import c as d', 'from . import (e,\n f,)', 'from .m import *']
for f in forms:
    compile(f, '<rel>', 'exec')
    print('compiles:', repr(f))
for bad in ['from . import *x', 'import .x', 'from . import', 'from .. x import y']:
    try:
        compile(bad, '<rel>', 'exec')
        print('compiled!', repr(bad))
    except SyntaxError:
        print('SyntaxError', repr(bad))
try:
    exec('from . import something')
except ImportError:
    print('ImportError outside a package')
