# assert with and without a message.
assert True
assert 1 == 1, 'never'
try:
    assert False
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print('message', e)
def check(x):
    assert x > 0, 'x=%d' % x
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print(e)
x = []
try:
    assert x, x.append('evaluated')
except AssertionError:
    print('message expression evaluated', x)
