# machine.SPI(0): the PL022 in loopback, so what is sent comes back.
try:
    import machine
except ImportError:
    print('SKIP')
    raise SystemExit

from machine import SPI
spi = SPI(0)
print(spi)
spi = SPI(0, SPI.MASTER, baudrate=2000000, polarity=1, phase=1)
print(spi, SPI.MSB, SPI.LSB)

print(spi.write(b'\x01\x02\x03'))
print(spi.read(3))
print(spi.read(4, 0xA5))
print(spi.read(2, write=0x5A))
buf = bytearray(5)
spi.readinto(buf, 0x42)
print(buf)
rx = bytearray(6)
spi.write_readinto(b'hello!', rx)
print(rx)
# The same buffer both ways.
spi.write_readinto(rx, rx)
print(rx)
print(spi.read(0))
big = bytes(range(256)) * 4
out = bytearray(len(big))
spi.write_readinto(big, out)
print(out == big)
spi.init(baudrate=500000)
spi.deinit()
print(spi)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: spi.write_readinto(b'ab', bytearray(3)))
err(lambda: spi.read(-1))
err(lambda: spi.readinto(b'ro'))
err(lambda: spi.write('text'))
err(lambda: SPI(0, bits=16))
err(lambda: SPI(0, firstbit=SPI.LSB))
err(lambda: SPI(0, polarity=2))
err(lambda: SPI(0, baudrate=0))
err(lambda: SPI(1))
err(lambda: SPI(0, 1))
