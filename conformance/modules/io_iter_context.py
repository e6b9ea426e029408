# Iterating lines, with-statements, readline sizes, and uio.open.
try:
    import uio as io
except ImportError:
    import io

s = io.StringIO("alpha\nbeta\n\ngamma")
for line in s:
    print(repr(line))
print(list(io.StringIO("x\ny\n")))
print([l for l in io.BytesIO(b"1\n2\n3")])

with io.StringIO() as f:
    f.write("inside with")
    print(f.getvalue())
try:
    f.getvalue()
except ValueError:
    print("closed after with")

s = io.StringIO("abcdef\nghi\n")
print(repr(s.readline(3)), repr(s.readline(10)), repr(s.readline(0)), repr(s.readline()))
b = io.BytesIO(b"abcdef\nghi\n")
print(b.readline(2), b.readline(-1), b.readline())

# uio.open is the builtin open.
print(io.open is open)
with io.open("io_iter_test.txt", "w") as f:
    print(f.write("one\ntwo\n"))
with io.open("io_iter_test.txt") as f:
    print([l for l in f])
with io.open("io_iter_test.txt", "rb") as f:
    print(f.read())
try:
    import uos as os
except ImportError:
    import os
os.remove("io_iter_test.txt")

# A StringIO collects what a function prints.
def report(out):
    for i in range(3):
        print("row", i, i * i, file=out)

buf = io.StringIO()
report(buf)
print(buf.getvalue().split("\n"))
