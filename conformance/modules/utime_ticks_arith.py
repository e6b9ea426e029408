# utime.ticks_diff(old, new) is new - old (MicroPython 1.8.3's documented order), wrapping
# at the ticks period; ticks_add moves a tick value and wraps the same way.
try:
    import utime
except ImportError:
    print('SKIP')
    raise SystemExit

print(utime.ticks_diff(10, 25), utime.ticks_diff(25, 10), utime.ticks_diff(7, 7))
period = utime.ticks_add(0, -1) + 1
print(period == 2 ** 30)
print(utime.ticks_diff(period - 5, 5), utime.ticks_diff(5, period - 5))
print(utime.ticks_add(period - 1, 2), utime.ticks_add(3, -5) == period - 2)
start = utime.ticks_ms()
utime.sleep_ms(20)
elapsed = utime.ticks_diff(start, utime.ticks_ms())
print(elapsed >= 20, elapsed < 2000)
