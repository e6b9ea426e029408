# An old-style octal literal.
x = 1
y = 0123
