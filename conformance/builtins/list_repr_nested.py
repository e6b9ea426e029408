print([], [[]], [1, [2, [3, [4]]]], [(), {}, set(), '', b''], ['a\n', "b'"], [1.5, -0.0, 1e100, 2**70])
print(str([None, True, False]), repr(['é']), [range(2), slice(None)])
