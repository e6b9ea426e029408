d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.keys(), d.values(), d.items(), list(d), len(d))
print(d.setdefault('c', 3), d.setdefault('a', 9), d)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
d.update({'x': 10}); d.update([('y', 20)]); d.update(z=30); print(d)
print(d.popitem(), d)
e = d.copy(); e['new'] = 1; print(d, e)
d.clear(); print(d)
print(dict.fromkeys(['a', 'b']), dict.fromkeys('xy', 0))
print(dict(), dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict(zip('ab', range(2))))
for f in [lambda: {}.pop('a'), lambda: {}.popitem(), lambda: {}['k'], lambda: dict([1]), lambda: {[]: 1}]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
