d = {'a': 1}
for f in [lambda: d['b'], lambda: d[[1]], lambda: {}.popitem(), lambda: d < d, lambda: d + d, lambda: dict(1), lambda: dict([1, 2]), lambda: {}.fromkeys()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
try:
    for k in d:
        d['new'] = 1
except RuntimeError:
    print('RuntimeError')
