# Recursion: factorial, Fibonacci, a recursive countdown, mutual recursion.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def countdown(n):
    if n == 0:
        print('go')
        return
    print(n)
    countdown(n - 1)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print(fact(12))
print(fib(20))
countdown(3)
print(is_even(10), is_odd(7), is_even(3))
