# Drives ubinascii and ustruct to exhaustion: hexlify and b2a_base64 of doubling data, pack('Ns') with N doubling.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc
import ubinascii
import ustruct

for name, conv in (('hexlify', ubinascii.hexlify), ('b2a_base64', ubinascii.b2a_base64)):
    b = b'\x01\x02\x03\x04'
    caught = False
    try:
        for i in range(100):
            b = conv(b)
    except MemoryError:
        caught = True
    b = None
    gc.collect()
    print(name, 'MemoryError caught:', caught)
p = None
n = 64
caught = False
try:
    while n < 1 << 40:
        p = ustruct.pack('%ds' % n, b'head')
        n *= 2
except MemoryError:
    caught = True
p = None
gc.collect()
print('pack: MemoryError caught:', caught)
print('alive:', ubinascii.hexlify(b'\xde\xad'), ubinascii.unhexlify('beef'), ustruct.pack('<HI', 1, 2))
