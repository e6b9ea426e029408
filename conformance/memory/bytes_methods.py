# Drives bytes methods to exhaustion: bytes.join, bytes.replace and str.encode/bytes.decode, each doubling its data.
try:
    import micropython
except ImportError:
    print('SKIP')
    raise SystemExit
import gc

def drive(b, step):
    try:
        for i in range(60):
            b = step(b)
    except MemoryError:
        return b[:6]

print('bytes.join: MemoryError caught, kept:', drive(b'0123456789', lambda b: b','.join([b, b])))
gc.collect()
print('bytes.replace: MemoryError caught, kept:', drive(b'abcd', lambda b: b.replace(b'a', b'aa')))
gc.collect()
print('encode/decode: MemoryError caught, kept:', drive('text', lambda s: b'-'.join([s.encode(), s.encode()]).decode()))
gc.collect()
print('alive:', b'x'.join([b'a', b'b']), b'abc'.replace(b'b', b'BB'), 'h\u00e9'.encode(), b'ok'.decode())
