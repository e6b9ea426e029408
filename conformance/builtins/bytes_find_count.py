b = b'abracadabra'
print(b.find(b'bra'), b.find(b'bra', 2), b.find(97, 1), b.rfind(b'a'), b.rfind(98), b.index(b'c'), b.rindex(b'bra'))
print(b.count(b'a'), b.count(b'abra'), b.count(97), b.count(b''), b.find(b''), b.find(b'', 20), b.count(b'a', 3, 8))
for f in [lambda: b.index(b'z'), lambda: b.find('a'), lambda: b.find(256), lambda: b.count(-1)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
