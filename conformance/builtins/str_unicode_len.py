s = 'naïve café 日本語 😀!'
print(len(s), s[6], s[11:14], s[-2], s.find('日'), s.index('😀'), s.upper(), s.split(), list(s[-3:]))
print(len(s.encode()), s.encode()[:8], s.encode().decode() == s, [len(c.encode()) for c in 'aé日😀'])
print(s.startswith('naï'), s.endswith('😀!'), s.count('é'), s.replace('é', 'e'), 'ß'.upper(), 'İ'.lower() == 'i̇')
