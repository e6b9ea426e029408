print(list(enumerate('xy', start=5)), list(enumerate(iterable='ab')), list(enumerate(range(3), -1)))
for i, c in enumerate('hi', 1):
    print(i, c)
e = enumerate([])
print(list(e), next(e, 'done'))
for args, kw in [((), {}), (('a', 1, 2), {}), (('a',), {'bogus': 1}), (('a', 'x'), {})]:
    try:
        print(list(enumerate(*args, **kw)))
    except TypeError:
        print('TypeError')
