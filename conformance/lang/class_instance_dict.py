# __dict__ of instances and classes.
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 'x'
        self.b = [1]
c = C()
print(sorted(c.__dict__.items()))
c.__dict__['z'] = 9
print(c.z)
print('cls_attr' in C.__dict__, 'a' in C.__dict__)
print(type(c).__name__, c.__class__ is C)
