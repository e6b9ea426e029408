data = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(data), 0)))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 5)), next(iter(Counter(), 99)))
try:
    iter(5, 1)
except TypeError as e:
    print('TypeError')
it = iter([1])
print(iter(it) is it, next(it), list(it))
