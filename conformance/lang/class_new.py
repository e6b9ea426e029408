# __new__ controls instance creation.
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
            print('created')
        return cls._inst
    def __init__(self):
        print('init')
a = Single()
b = Single()
print(a is b)
class Tagged:
    def __new__(cls, tag):
        obj = object.__new__(cls)
        obj.tag = tag.upper()
        return obj
    def __init__(self, tag):
        self.seen = tag
t = Tagged('abc')
print(t.tag, t.seen)
