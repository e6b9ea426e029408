# machine.Pin on the board: LED0/LED1 are outputs on FPGAIO, BUTTON0/1 inputs (read 0).
try:
    import machine
except ImportError:
    print('SKIP')
    raise SystemExit

from machine import Pin, mem32
LEDS = 0x40028000
print(Pin.IN, Pin.OUT, Pin.PULL_UP, Pin.PULL_DOWN)

led0 = Pin(0, Pin.OUT, value=0)
led1 = Pin('LED1', mode=Pin.OUT)
led1.low()
print(led0, led1, led0.name(), led1.name())
print(led0.value(), led1.value(), mem32[LEDS])

led0.value(1)
print(led0.value(), mem32[LEDS])
led1.high()
print(led1(), mem32[LEDS])
led0.low()
print(led0(), mem32[LEDS])
led0(True)
led1(0)
print(led0.value(), led1.value(), mem32[LEDS])
led0.value([])          # any value: its truth counts
print(led0.value(), mem32[LEDS])

# The same pin by another id.
print(Pin(led1).name(), Pin('LED0').value())

btn = Pin('BUTTON0', Pin.IN)
print(btn, btn.value(), btn(), Pin(3).value())
btn.init(Pin.IN, Pin.PULL_UP)
print(btn, btn.mode() == Pin.IN)
led0.init(mode=Pin.IN)
print(led0, led0.value())
led0.init(Pin.OUT, value=0)
print(led0.value(), mem32[LEDS])

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: Pin(4))
err(lambda: Pin(-1))
err(lambda: Pin('LED2'))
err(lambda: Pin(0.5))
err(lambda: Pin(0, 5))
err(lambda: Pin(0, Pin.IN, 7))
err(lambda: Pin('BUTTON1', Pin.OUT))
err(lambda: btn.value(1))
err(lambda: btn.high())
err(lambda: led1(1, 2))
err(lambda: Pin(0, foo=1))
err(lambda: Pin())
mem32[LEDS] = 0
