print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5]), sum(range(101)), sum([[1], [2]], []))
print(sum((1j, 2)), sum([2**70, 2**70]), sum(x for x in range(5)), sum([True, True]), sum([], start=5))
for f in [lambda: sum(['a', 'b'], ''), lambda: sum([1, 'a']), lambda: sum(5), lambda: sum([b'a'], b'')]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError')
