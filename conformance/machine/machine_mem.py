# machine.mem8/16/32: register access within the board's memory map.
try:
    import machine
except ImportError:
    print('SKIP')
    raise SystemExit

from machine import mem8, mem16, mem32
print(mem8, mem16, mem32)

# SCC registers: ID, AID and CFG4 (board revision 2).
SCC = 0x4002F000
print(hex(mem32[SCC + 0xFFC]), hex(mem32[SCC + 0xFF8]), mem32[SCC + 0x10])
# A UART0 register: BAUDDIV set for 115200 baud at 25 MHz.
print(mem32[0x40004010])

# RAM in PSRAM above both heaps: every width, and mem32 reads as a signed number.
A = 0x21F00000
mem32[A] = 0x12345678
print(hex(mem32[A]), hex(mem16[A]), hex(mem16[A + 2]), hex(mem8[A]), hex(mem8[A + 3]))
mem8[A + 1] = 0xAB
mem16[A + 2] = 0xCDEF
print(hex(mem32[A] & 0xFFFFFFFF), mem32[A])
mem32[A] = -1
print(mem32[A], mem16[A], mem8[A])
# Writes keep the low bits, as C truncation does.
mem8[A] = 0x1FF
mem16[A] = 0x12345
print(hex(mem32[A] & 0xFFFFFFFF))

# FPGAIO LED register: the two user LEDs are bits 1:0.
LED = 0x40028000
mem32[LED] = 3
print(mem32[LED])
mem32[LED] = 0
print(mem32[LED])

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: mem32[A + 1])
err(lambda: mem16[A + 1])
err(lambda: mem32[0x50000000])       # unmapped: would bus-fault
err(lambda: mem8[0x40028000])        # peripherals take 32-bit accesses only
def store_unmapped():
    mem32[0x50000000] = 1
err(store_unmapped)
err(lambda: mem32['x'])
err(lambda: mem32[1.0])
err(lambda: mem32[0xFFFFFFFC])
