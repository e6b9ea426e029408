# Default argument values.
def power(base, exp=2):
    return base ** exp


print(power(3), power(2, 5), power(2.0))


def greet(name, greeting='hello', punct='!'):
    print(greeting + ', ' + name + punct)


greet('world')
greet('board', 'hi')
greet('you', 'bye', '.')


def clamp(x, low=0, high=10):
    if x < low:
        return low
    if x > high:
        return high
    return x


print(clamp(-3), clamp(4), clamp(42), clamp(42, 0, 100))
