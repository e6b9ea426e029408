s = 'hello world, hello python'
print(s.find('hello'), s.find('hello', 1), s.find('xyz'), s.find(''), s.find('', 100), s.find('o', 5, 8))
print(s.rfind('hello'), s.rfind('o'), s.rfind('o', 0, 5), s.rfind(''), s.rfind('zz'))
print(s.index('world'), s.rindex('l'), s.count('l'), s.count('hello'), s.count(''), s.count('l', 3, 10))
print(s.find('o', -5), s.find('o', -100, -3), s.count('ll', -20))
for f in [lambda: s.index('zz'), lambda: s.rindex('zz'), lambda: s.find(1)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print('aaa'.count('aa'), 'ééé'.find('é', 1), 'aéb'.index('b'))
