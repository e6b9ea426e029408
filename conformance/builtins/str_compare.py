words = ['b', 'a', 'B', 'A', 'ab', 'aB', '', 'é', 'z', 'Z1', '10', '9']
print(sorted(words), min(words), max(words))
print('a' < 'b', 'abc' <= 'abc', 'abd' > 'abc', 'a' != 'A', 'é' > 'e', '\x00' < '\x01', 'Z' < 'a')
for f in [lambda: 'a' < 1, lambda: 'a' >= None, lambda: [] > 'x']:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
print('a' == 'a', 'abc' == 'ab' + 'c', hash('ab' + 'c') == hash('abc'))
