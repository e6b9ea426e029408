# assert with complex expressions and messages built lazily.
calls = []
def msg():
    calls.append('msg built')
    return 'failure message'
assert 1 < 2 < 3, msg()
print(calls)
try:
    assert [] or None, msg()
except AssertionError as e:
    print(e, calls)
def f(x):
    assert isinstance(x, int), 'int expected, got %s' % type(x).__name__
    return x * 2
print(f(4))
try:
    f('a')
except AssertionError as e:
    print(e)
