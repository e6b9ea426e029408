# The message of ZeroDivisionError for each division operator.
try:
    1 / 0
except ZeroDivisionError as e:
    print('int / :', e)
try:
    7 // 0
except ZeroDivisionError as e:
    print('int // :', e)
try:
    7 % 0
except ZeroDivisionError as e:
    print('int % :', e)
try:
    1.5 / 0
except ZeroDivisionError as e:
    print('float / :', e)
