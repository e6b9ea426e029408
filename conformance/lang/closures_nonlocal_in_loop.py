# nonlocal updated from a loop inside the inner function.
def outer(items):
    total = 0
    count = 0
    def consume():
        nonlocal total, count
        for x in items:
            total += x
            count += 1
    consume()
    return total, count
print(outer([1, 2, 3, 4]))
def find_first(pred, items):
    found = None
    def scan():
        nonlocal found
        for x in items:
            if pred(x):
                found = x
                return
    scan()
    return found
print(find_first(lambda v: v > 2, [1, 2, 3, 4]))
