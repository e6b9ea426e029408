# Class bodies see enclosing function variables; methods do not see class names.
def make_class(tag):
    class C:
        label = tag + '!'
        def get(self):
            return tag
        def get_label(self):
            return self.label
    return C
K = make_class('t')
print(K.label, K().get(), K().get_label())
class Outer:
    name = 'outer attr'
    def method(self):
        try:
            return name
        except NameError:
            return 'class attrs are not in scope'
print(Outer().method())
def f():
    x = 1
    class A:
        x = 2
        y = x
    return A.y, x
print(f())
