# An uncaught user exception ends the script with a traceback.
class Fatal(Exception):
    pass
def deep(n):
    if n == 0:
        raise Fatal('bottom reached')
    deep(n - 1)
print('start')
deep(3)
print('never')
