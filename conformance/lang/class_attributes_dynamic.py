# Attributes added and removed at run time; getattr/setattr/hasattr.
class Bag:
    pass
b = Bag()
setattr(b, 'colour', 'red')
print(b.colour, getattr(b, 'colour'), getattr(b, 'size', 'no size'))
print(hasattr(b, 'colour'), hasattr(b, 'size'))
delattr(b, 'colour')
print(hasattr(b, 'colour'))
Bag.shared = 'on class'
print(b.shared)
b.shared = 'on instance'
print(b.shared, Bag.shared)
del b.shared
print(b.shared)
