# while loops: a sum, a countdown on truthiness, a loop that never runs.
i = 0
total = 0
while i < 10:
    total = total + i
    i = i + 1
print('sum', total, 'i', i)
n = 5
while n:
    print(n)
    n = n - 1
print('liftoff')
while False:
    print('never')
x = 1
while x < 1000:
    x = x * 2
print(x)
