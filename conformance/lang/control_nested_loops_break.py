# break and continue apply to the innermost loop only.
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print(i, j)
    else:
        print('inner else', i)
found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == 24:
            found = (a, b)
            break
    if found:
        break
print(found)
count = 0
while count < 3:
    for k in range(10):
        if k > count:
            break
    count += 1
print(count, k)
