s = 'héllo wörld'
print(s[0], s[1], s[-1], s[4], len(s), s[1:4], s[::-1], s[::2], s[-3:], s[:100], s[5:2])
print(s[1:-1:3], s[100:], s[-100:2])
for i in [11, -12, 'a', 1.0]:
    try:
        print(s[i])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    s[0] = 'x'
except TypeError as e:
    print('TypeError:', e)
print('€' * 3, len('€€'), 'a€b'[1], 'ab' < 'ac', 'é' > 'z', 'abc' < 'abcd', '' < 'a')
