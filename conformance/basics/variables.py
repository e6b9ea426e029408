# Names: rebinding, case sensitivity, underscores and digits.
a = 1
b = a
a = 2
print(a, b)
name = 'board'
Name = 'case'
_private = 3
x1 = 4
print(name, Name, _private, x1)
value = 10
value = value * value
value = value - 1
print(value)
text = 'ab'
text = text + text
print(text)
