# Ellipsis, None, True, False.
print(..., Ellipsis, ... is Ellipsis)
print(None, True, False)
print(True + True, False * 3, True == 1, False == 0)
print(type(None).__name__, type(True).__name__)
x = ...
print(x)
print(not None, not ..., bool(...))
def f(): ...
print(f())
