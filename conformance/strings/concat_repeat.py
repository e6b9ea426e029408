# String concatenation and repetition.
s = 'micro' + 'python'
print(s)
print('ab' * 3)
print(3 * 'xy')
print('' * 5 + 'end')
print('none' * 0 + '|')
print("double" + ' and ' + "single")
greeting = 'hello'
greeting = greeting + ', world'
print(greeting)
print('-' * 20)
line = ''
for i in range(4):
    line = line + '#'
    print(line)
