# machine's module-level functions on the board (CPython and the host port have no machine).
try:
    import machine
except ImportError:
    print('SKIP')
    raise SystemExit

import umachine
print(machine is umachine, machine.__name__)
print(machine.freq())
uid = machine.unique_id()
print(type(uid), len(uid), uid)
print(machine.idle())

# disable_irq returns the previous state; enable_irq restores it.
state = machine.disable_irq()
print(state)
print(machine.disable_irq())
machine.enable_irq(state)
print(machine.disable_irq())
machine.enable_irq()
# Interrupts are back: time moves again.
import utime
t = utime.ticks_ms()
utime.sleep_ms(5)
print(utime.ticks_diff(t, utime.ticks_ms()) >= 5)

for name in ('reset', 'freq', 'unique_id', 'idle', 'disable_irq', 'enable_irq',
             'mem8', 'mem16', 'mem32', 'Pin', 'I2C', 'SPI'):
    print(name, hasattr(machine, name))

try:
    machine.freq(1)
except TypeError:
    print('TypeError')
