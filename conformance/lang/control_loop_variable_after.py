# Loop variables keep their last value after the loop.
for i in range(5):
    pass
print(i)
for i in range(5):
    if i == 3:
        break
print(i)
j = 'unchanged'
for j in []:
    pass
print(j)
def f():
    for q in range(3):
        yield q
    print('after', q)
print(list(f()))
