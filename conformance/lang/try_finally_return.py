# return inside try/finally: finally runs, and its own return wins.
def a():
    try:
        return 'try'
    finally:
        print('a finally')
def b():
    try:
        return 'try'
    finally:
        return 'finally'
def c():
    try:
        raise ValueError
    finally:
        return 'swallowed'
def d():
    x = 1
    try:
        return x
    finally:
        x = 2
def e():
    for i in range(3):
        try:
            return i
        finally:
            print('e finally', i)
print(a(), b(), c(), d(), e())
