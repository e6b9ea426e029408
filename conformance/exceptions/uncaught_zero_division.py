# An uncaught ZeroDivisionError ends the script with a traceback.
print('start')
x = 10
y = 0
print(x / y)
print('never')
