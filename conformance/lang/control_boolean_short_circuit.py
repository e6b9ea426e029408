# and/or return an operand and stop early.
def t(v):
    print('t', v)
    return v
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(3))
print(t(4) or t(5))
print(t(0) or t('') or t(None))
print(t(1) and t(2) and t(3))
print([] or {} or 'last')
print(None and 1/0)
print(1 or 1/0)
x = 5
print(x > 0 and x < 10 or x == 100)
print(not x or x)
if t(0) and t(1):
    print('no')
elif t(1) or t(2):
    print('elif')
