# for over range with one, two and three arguments.
for i in range(5):
    print(i)
for i in range(2, 6):
    print('i =', i)
for i in range(10, 0, -3):
    print(i)
for i in range(0):
    print('never')
for i in range(3, 3):
    print('never either')
total = 0
for i in range(1, 101):
    total = total + i
print(total)
print('last i', i)
