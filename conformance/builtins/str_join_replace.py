print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('abc'), ', '.join(('x',)), ' '.join(map(str, range(3))))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('x', 'y'))
print('aaaa'.replace('aa', 'a'), 'abc'.replace('b', ''), 'a'.replace('a', 'aa', 0), 'abab'.replace('ab', 'x', -1))
