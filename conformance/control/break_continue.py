# break and continue in for and while loops, including nested ones.
for i in range(10):
    if i == 7:
        break
    if i % 2 == 0:
        continue
    print('odd', i)
n = 0
while True:
    n = n + 1
    if n > 4:
        break
    if n == 2:
        continue
    print('n', n)
print('done', n)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j)
