l = []
l.extend(range(3)); l.extend('ab'); l.extend((9,)); l.extend({'k': 1}); l.extend(x * x for x in range(3)); l.extend(b'\x01')
print(l)
l += range(2)
print(l)
l.extend(l)
print(len(l), l[-3:])
try:
    l.extend(5)
except TypeError as e:
    print('TypeError:', e)
try:
    l += 5
except TypeError as e:
    print('TypeError:', e)
