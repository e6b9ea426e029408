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
# Warm the cache in steps: a board's 10 KB stack holds about 50 Python calls.
for i in range(0, 60, 20):
    fib(i)
print(fib(60))
