a = bytearray(range(10))
a[2:5] = b'\xff'
print(a)
a[::2] = bytes(len(a[::2]))
print(a)
del a[::3]
print(a)
a[-1:] = [7, 7, 7]
print(a)
a[len(a):] = b'end'
print(a, a[::-1])
del a[:]
print(a)
def setitem(o, k, v):
    o[k] = v
for k, v in [(slice(0, 2, 1), [300]), (slice(None, None, 2), b'xyz'), (0, 1)]:
    try:
        setitem(bytearray(b'abcd'), k, v)
        print('ok')
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
