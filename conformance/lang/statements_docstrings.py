# Docstrings and bare constant expressions are harmless.
"""Module docstring."""
def f():
    """Function docstring."""
    return 'f'
class C:
    """Class docstring."""
    x = 1
    def m(self):
        'method doc'
        return 'm'
print(f(), C.x, C().m())
42
'just a string'
None
...
print('done')
