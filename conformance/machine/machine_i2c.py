# machine.I2C(0): the SBCon bit-banged bus. The corpus runs with nothing attached to it,
# so every address is unanswered (the e2e tests attach a tmp105).
try:
    import machine
except ImportError:
    print('SKIP')
    raise SystemExit

from machine import I2C
i2c = I2C(0)
print(i2c, I2C(freq=100000))
print(i2c.scan())

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: i2c.readfrom(0x48, 2))
err(lambda: i2c.writeto(0x48, b'\x01'))
err(lambda: i2c.readfrom_mem(0x50, 0, 4))
err(lambda: i2c.readfrom_mem_into(0x50, 0, bytearray(2), addrsize=16))
err(lambda: i2c.writeto_mem(0x50, 0x10, b'ab', addrsize=16))
err(lambda: i2c.readfrom_into(0x50, bytearray(1)))
err(lambda: i2c.writeto(128, b''))
err(lambda: i2c.readfrom(0x48, -1))
err(lambda: i2c.readfrom_into(0x48, b'ro'))
err(lambda: i2c.writeto(0x48, 'text'))
err(lambda: i2c.readfrom_mem(0x48, 0, 1, addrsize=24))
err(lambda: i2c.writeto(0x48, b'', stop=False))
err(lambda: I2C(1))
err(lambda: I2C(0, freq=0))
