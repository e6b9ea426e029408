# Function definitions, arguments and return values.
def add(a, b):
    return a + b


def square(x):
    return x * x


def no_return(x):
    x = x + 1


def early(n):
    if n > 0:
        return 'positive'
    return 'not positive'


print(add(2, 3), add('a', 'b'), add(1.5, 2))
print(square(square(3)))
print(no_return(1))
print(early(5), early(-5))
f = square
print(f(12))
