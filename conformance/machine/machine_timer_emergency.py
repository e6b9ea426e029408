# A Timer handler that raises, with the heap locked: without an emergency buffer the board
# can only say MemoryError; with micropython.alloc_emergency_exception_buf() it prints
# the real exception and its traceback, as MicroPython's interrupt rules describe.
try:
    import machine
except ImportError:
    print('SKIP')
    raise SystemExit

import micropython
import utime
from machine import Timer


def divide(t):
    x = 1 // 0


def nested(t):
    divide(t)


def fire(cb):
    t = Timer(0, mode=Timer.ONE_SHOT, period=5, callback=cb)
    utime.sleep_ms(30)
    t.deinit()


fire(divide)
micropython.alloc_emergency_exception_buf(100)
fire(divide)
fire(nested)
print('alive', 6 * 7)
