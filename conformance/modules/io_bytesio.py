# BytesIO: the same stream methods over bytes.
try:
    import uio as io
except ImportError:
    import io

b = io.BytesIO()
print(b.getvalue(), b.tell())
print(b.write(b"abc"), b.write(bytearray(b"def")), b.write(b""))
print(b.getvalue(), b.tell())
print(b.read())
b.seek(0)
print(b.read(2), b.read(2), b.read(100), b.read())

b = io.BytesIO(b"first\nsecond\n\xff\x00end")
print(b.readline(), b.readline(), b.readline(), b.readline())
print(b.seek(0), b.read(5), b.tell())
print(b.seek(-3, 2), b.read())
b.seek(2)
print(b.seek(2, 1), b.read(3))
print(type(b.getvalue()).__name__, len(b.getvalue()))

# Overwrite in place and seek past the end (the gap is zero bytes).
b = io.BytesIO(b"0123456789")
b.seek(3)
b.write(b"abc")
print(b.getvalue())
b.seek(12)
b.write(b"Z")
print(b.getvalue(), b.tell())

# Binary data round trip.
data = bytes(range(256))
b = io.BytesIO()
for i in range(0, 256, 64):
    b.write(data[i:i + 64])
print(b.getvalue() == data, len(b.getvalue()))
b.seek(250)
print(b.read())

print(io.BytesIO(bytearray(b"xy")).read())
print(io.BytesIO().read())
