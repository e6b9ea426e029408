# A deleted name can be bound again.
for i in range(3):
    v = i * 10
    del v
    v = i
print(v)
a = [1]
del a[:]
a.append(2)
print(a)
def f():
    x = 1
    del x
    x = 2
    return x
print(f())
