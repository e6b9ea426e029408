# const() names starting with an underscore are not stored in the module.
try:
    from micropython import const
except ImportError:
    def const(x):
        return x
_HIDDEN = const(42)
VISIBLE = const(_HIDDEN + 1)
print(VISIBLE)
print('VISIBLE' in globals(), '_HIDDEN' in globals())
def use():
    return _HIDDEN * 2
print(use())
class C:
    value = _HIDDEN
print(C.value)
