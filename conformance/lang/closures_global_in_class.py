# global inside class bodies and methods.
x = 'module x'
class C:
    global x
    x = 'set in class'
    y = x
print(x, C.y)
class D:
    def set(self):
        global z
        z = 'from method'
D().set()
print(z)
