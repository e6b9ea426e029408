# machine.UART(1) without a peer: settings, timeouts and errors. The
# exchange of bytes is tested end to end (the board crate's QEMU tests).
try:
    import machine
except ImportError:
    print('SKIP')
    raise SystemExit

from machine import UART

u = UART(1, 9600)
print(u)
u.init(115200, bits=8, parity=None, stop=1, timeout=20, timeout_char=5)
print(u)
print(u.any())
# Nothing arrives: reads time out with None.
print(u.read(4), u.read(), u.readall(), u.readline())
print(u.readinto(bytearray(3)))
print(u.read(0))
print(u.write(b'abc'), u.write('xyz'), u.write(bytearray(5)), u.write(b''))
print(UART.EVEN != UART.ODD)

for args in ((0,), (2,), (-1,)):
    try:
        UART(*args)
    except ValueError as e:
        print('ValueError', e)
for kw in ({'bits': 7}, {'parity': UART.EVEN}, {'stop': 2}, {'parity': 5},
           {'baudrate': 0}, {'baudrate': 10}, {'baudrate': 10000000}, {'timeout': -1}):
    try:
        u.init(**kw)
    except ValueError as e:
        print('ValueError', e)
try:
    u.init(9600, colour=1)
except TypeError as e:
    print('TypeError', e)
try:
    u.write(5)
except TypeError as e:
    print('TypeError', e)
try:
    u.readinto(b'abc')
except TypeError as e:
    print('TypeError', e)
try:
    UART()
except TypeError:
    print('TypeError')
try:
    UART('1')
except TypeError:
    print('TypeError')

u.deinit()
print(u)
for f in (u.any, u.read, u.readline, lambda: u.write(b'a')):
    try:
        f()
    except OSError as e:
        print('OSError', e)
u.init(9600, timeout=0)
print(u.any(), u.read(1))
u.deinit()
