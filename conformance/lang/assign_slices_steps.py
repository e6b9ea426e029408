# Slice reads and writes with steps.
s = list(range(10))
print(s[::2], s[1::3], s[::-1], s[-2::-2])
print(s[8:2:-2], s[:3], s[7:], s[-3:-1])
s[1:9:2] = ['x'] * 4
print(s)
del s[::3]
print(s)
t = 'abcdefgh'
print(t[::3], t[5:1:-1], t[-1:], t[:-1])
print((1, 2, 3, 4)[::-2])
try:
    s[::2] = [1]
except ValueError:
    print('ValueError')
