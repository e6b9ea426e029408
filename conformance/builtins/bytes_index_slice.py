b = bytes(range(10))
print(b[0], b[-1], b[2:5], b[::3], b[::-2], b[5:2], b[-3:], b[100:], list(b[1:4]))
for i in [10, -11, 'x', 1.0]:
    try:
        print(b[i])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
def setitem(o, k, v):
    o[k] = v
try:
    setitem(b, 0, 1)
except TypeError as e:
    print('TypeError:', e)
