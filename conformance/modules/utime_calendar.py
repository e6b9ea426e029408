# utime.localtime and mktime on the embedded ports' epoch, 2000-01-01 (values checked against
# datetime); mktime carries fields that are out of range.
try:
    import utime
except ImportError:
    print('SKIP')
    raise SystemExit

for secs in (0, 59, 86399, 86400, 31622400, 68169600, -1, -86400, 536457599, 1234567890, 3155759999, 4102444800 - 946684800, 10**10):
    t = utime.localtime(secs)
    print(secs, t, utime.mktime(t) == secs)
print(utime.mktime((2000, 13, 1, 0, 0, 0, 0, 0)), utime.mktime((2016, 2, 30, 25, 61, 61, 0, 0)))
print(utime.mktime((1999, 12, 31, 23, 59, 59, 0, 0)))
now = utime.localtime()
print(len(now), 2000 <= now[0] < 2100, utime.localtime(None)[0] == now[0])
for bad in ((2000, 1, 1), 'x', (2000, 1, 1, 0, 0, 'a', 0, 0)):
    try:
        utime.mktime(bad)
    except TypeError:
        print('TypeError')
try:
    utime.localtime(2 ** 80)
except OverflowError:
    print('OverflowError')
