s = 'Hello, World'
print(s.lower().count('l'), s.upper().find('WORLD'), s.replace(', ', '-').split('-'), s[::-1].swapcase())
print(' '.join(w.capitalize() for w in 'the cat sat'.split()), '-'.join(reversed('a.b.c'.split('.'))), s.center(20, '~'))
print('%s has %d chars' % (s, len(s)), '{0} {0!r} {1:>3}'.format(s[:5], 7))
