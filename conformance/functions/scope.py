# Functions read globals; assignments inside a function make locals.
scale = 3


def scaled(x):
    return x * scale


def shadow():
    scale = 10
    return scale


print(scaled(4))
print(shadow(), scale)
scale = 5
print(scaled(4))


def outer(n):
    def helper(m):
        return m + 1
    return helper(n) * 2


print(outer(4))
