# while/else: else runs when the condition ends the loop, not on break.
n = 0
while n < 3:
    n += 1
else:
    print('else ran', n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print('not printed')
print('n', n)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print('even', i)
else:
    print('no else')
k = 5
while k: k -= 1
print('k', k)
