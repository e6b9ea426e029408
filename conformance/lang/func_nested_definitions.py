# Functions defined inside functions and conditionals.
def outer(flag):
    if flag:
        def pick():
            return 'yes'
    else:
        def pick():
            return 'no'
    return pick()
print(outer(True), outer(False))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get())
for i in range(2):
    def loop_fn():
        return i
print(loop_fn())
