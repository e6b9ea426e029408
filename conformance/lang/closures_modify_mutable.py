# Mutating a captured container needs no nonlocal.
def acc():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items
add, items = acc()
add('x'); add('y')
print(items)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60))
