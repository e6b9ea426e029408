# continue inside try/finally runs the finally block each time.
for i in range(4):
    try:
        if i % 2 == 0:
            continue
        print('odd', i)
    finally:
        print('finally', i)
n = 0
while n < 3:
    n += 1
    try:
        continue
    finally:
        print('while finally', n)
print('end', n)
