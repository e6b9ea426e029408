def run():
    f = 1
    for i in range(2, 120):
        f *= i
    p = 7 ** 300
    digits = 0
    x = f * p
    while x:
        digits += x % 10
        x //= 10
    return (digits, f % 1000003, p % 999983)


t0 = ticks_us()
r = run()
t1 = ticks_us()
print("bigint", ticks_diff(t1, t0), r)
