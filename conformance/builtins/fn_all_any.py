print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, '']), any([0, 'x']), all('abc'), any(range(0)))
print(all(x > 0 for x in [1, 2]), any(x > 1 for x in [1, 2]), all({}), any({0: 1}), any({1: 0}))
def gen():
    yield 1
    yield 0
    print('not reached')
print(all(gen()))
try:
    all(5)
except TypeError as e:
    print('TypeError:', e)
