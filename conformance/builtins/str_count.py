s = 'abababa'
print(s.count('a'), s.count('aba'), s.count('b', 2), s.count('a', 1, 4), s.count('', 2, 5), s.count('x'))
print(s.count('a', -3), s.count('a', 0, -1), s.count('', 10), s.count('', 7), 'ééé'.count('é'), ''.count(''))
