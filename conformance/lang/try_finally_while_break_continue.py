# Mixed break/continue through two levels of finally.
i = 0
while i < 6:
    i += 1
    try:
        try:
            if i == 2:
                continue
            if i == 5:
                break
        finally:
            print('inner', i)
    finally:
        print('outer', i)
print('stopped at', i)
