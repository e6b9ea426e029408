# break and continue from except handlers inside loops.
for i in range(5):
    try:
        if i == 3:
            raise IndexError(i)
        if i == 1:
            raise KeyError(i)
    except KeyError:
        print('continue on', i)
        continue
    except IndexError:
        print('break on', i)
        break
    finally:
        print('finally', i)
    print('end of body', i)
print('out', i)
