# global at module level is allowed and harmless.
global gx
gx = 1
def f():
    return gx
print(f())
def g():
    global gy, gz
    gy, gz = 'y', 'z'
g()
print(gy, gz)
