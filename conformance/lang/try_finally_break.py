# break inside try/finally runs the finally block first.
for i in range(5):
    try:
        if i == 2:
            print('breaking at', i)
            break
        print('body', i)
    finally:
        print('finally', i)
print('after loop', i)
while True:
    try:
        try:
            break
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print('done')
