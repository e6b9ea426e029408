# machine.WDT argument checks. Starting the watchdog is tested end to end
# (a running watchdog cannot be stopped and would reset the board under
# the next script).
try:
    import machine
except ImportError:
    print('SKIP')
    raise SystemExit

from machine import WDT

for args, kw in (((1,), {}), ((), {'id': 2}), ((), {'timeout': 999}), ((), {'timeout': 0}),
                 ((), {'timeout': -1000}), ((), {'timeout': 200000}), ((0, 2 ** 40), {})):
    try:
        WDT(*args, **kw)
    except ValueError as e:
        print('ValueError', e)
for args, kw in (((), {'colour': 1}), (('a',), {}), ((), {'timeout': 1.5}), ((0, 1000, 2), {})):
    try:
        WDT(*args, **kw)
    except TypeError:
        print('TypeError')
print(hasattr(WDT, 'feed'))
