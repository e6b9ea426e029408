# An unterminated string literal.
x = 1
s = 'unterminated
print(s)
