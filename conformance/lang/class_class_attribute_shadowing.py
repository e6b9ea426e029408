# Instance attributes shadow class attributes; mutable class attributes are shared.
class C:
    shared = []
    value = 'class'
a, b = C(), C()
a.shared.append(1)
print(b.shared, C.shared)
a.value = 'instance'
print(a.value, b.value, C.value)
del a.value
print(a.value)
a.shared = ['own']
print(a.shared, b.shared)
