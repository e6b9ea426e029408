# Unbounded recursion raises RuntimeError (RecursionError in CPython).
def down(n):
    return down(n + 1)
try:
    down(0)
except RuntimeError:
    print('RuntimeError')
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
# 40 levels fit a board's 10 KB stack (MicroPython reaches about 50).
print(ok(40))
