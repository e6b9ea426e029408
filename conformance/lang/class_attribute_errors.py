# Missing attributes on classes and instances.
class C:
    x = 1
try:
    C.y
except AttributeError:
    print('class AttributeError')
try:
    C().y
except AttributeError:
    print('instance AttributeError')
try:
    del C().x
except AttributeError:
    print('cannot delete class attribute through instance')
print(getattr(C, 'y', 'default'), getattr(C(), 'x'))
