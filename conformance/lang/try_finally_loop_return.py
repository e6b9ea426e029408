# return from nested loops inside try/finally pops every iterator.
def search(grid, target):
    for r, row in enumerate(grid):
        try:
            for c, v in enumerate(row):
                try:
                    if v == target:
                        return (r, c)
                finally:
                    pass
        finally:
            print('row', r, 'done')
    return None
print(search([[1, 2], [3, 4], [5, 6]], 4))
print(search([[1]], 9))
