# Exceptions caught inside loops do not stop the loop.
results = []
for x in [1, 0, 'a', 2, None]:
    try:
        results.append(10 // x)
    except ZeroDivisionError:
        results.append('zde')
    except TypeError:
        results.append('te')
print(results)
i = 0
while True:
    try:
        i += 1
        if i > 3:
            raise StopIteration
    except StopIteration:
        break
print(i)
