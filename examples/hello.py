# A first program for the emulated board: functions, loops, recursion, floats and an
# exception, all computed on the Cortex-M3 inside QEMU.

print('Hello from MicroPython on an emulated Cortex-M3!')


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d = d + 1
    return True


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


count = 0
largest = 0
for n in range(1000):
    if is_prime(n):
        count = count + 1
        largest = n
print('primes below 1000:', count, '- the largest is', largest)
print('fib(20) =', fib(20), 'by', 'naive recursion')
print('the golden ratio is about', fib(21) / fib(20))

for width in range(1, 6):
    print(' ' * (5 - width) + '*' * (2 * width - 1))

try:
    print(1 / 0)
except ZeroDivisionError:
    print('dividing by zero raises ZeroDivisionError, and the board lives on')
