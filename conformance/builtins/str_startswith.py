s = 'hello world'
print(s.startswith('hell'), s.startswith('world', 6), s.startswith(('x', 'he')), s.startswith(''))
print(s.endswith('world'), s.endswith('hello', 0, 5), s.endswith(('a', 'd')), s.endswith('o', 0, 5))
print(s.startswith('hello', -11), s.endswith('lo', -100, 5), s.startswith('x', 20))
try:
    s.startswith(1)
except TypeError as e:
    print('TypeError')
