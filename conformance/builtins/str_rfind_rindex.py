s = 'one two one two'
print(s.rfind('one'), s.rfind('two', 0, 10), s.rfind('o', -4), s.rfind(''), s.rfind('', 3, 5), s.rfind('x'))
print(s.rindex('t'), s.rindex('one', 0, 5), 'aé€aé€'.rfind('é'), 'aé€aé€'.rindex('€', 0, 3))
try:
    s.rindex('one', 5, 8)
except ValueError as e:
    print('ValueError:', e)
