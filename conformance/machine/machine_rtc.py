# machine.RTC sets the calendar clock that utime reads; now() (WiPy style) and datetime()
# (pyboard style, weekday 1 = Monday) read it back.
try:
    import machine
except ImportError:
    print('SKIP')
    raise SystemExit
import utime

rtc = machine.RTC()
print(rtc, rtc is machine.RTC(0))
rtc.init((2014, 5, 1, 4, 13, 0, 0, 0))
t = rtc.now()
print(len(t), t[:5], t[5] < 3, t[7])
lt = utime.localtime()
print(lt[:5], lt[6], lt[7])
print(utime.time() - utime.mktime((2014, 5, 1, 4, 13, 0, 0, 0)) < 3)

d = rtc.datetime()
print(d[:5], d[3] == lt[6] + 1)
rtc.datetime((2020, 2, 29, 1, 23, 59, 30, 0))
d = rtc.datetime()
print(d[:5], d[3], d[6] >= 30)
rtc.init((2016, 12, 31))
print(rtc.now()[:5])
rtc.deinit()
print(rtc.now()[:4], utime.localtime()[:3])

for bad in (lambda: machine.RTC(1), lambda: rtc.init((2014,)), lambda: rtc.datetime((2014, 1, 1))):
    try:
        bad()
    except ValueError:
        print('ValueError')
try:
    rtc.init(5)
except TypeError:
    print('TypeError')
