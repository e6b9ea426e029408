# Wrong types and closed streams.
try:
    import uio as io
except ImportError:
    import io

for make in (lambda: io.StringIO(b"bytes"), lambda: io.StringIO(5),
             lambda: io.BytesIO("text"), lambda: io.BytesIO(5.5)):
    try:
        make()
        print("made")
    except TypeError:
        print("TypeError")

s = io.StringIO()
for v in (b"x", 1, None, ["a"]):
    try:
        s.write(v)
    except TypeError:
        print("TypeError write", type(v).__name__)
b = io.BytesIO()
for v in ("x", 1, None):
    try:
        b.write(v)
    except TypeError:
        print("TypeError write", type(v).__name__)
print(repr(s.getvalue()), b.getvalue())

try:
    s.seek(-1)
except ValueError:
    print("ValueError seek")

for stream in (io.StringIO("data"), io.BytesIO(b"data")):
    stream.close()
    for name, call in (("read", lambda: stream.read()),
                       ("readline", lambda: stream.readline()),
                       ("write", lambda: stream.write("x" if isinstance(stream, io.StringIO) else b"x")),
                       ("getvalue", lambda: stream.getvalue()),
                       ("seek", lambda: stream.seek(0)),
                       ("tell", lambda: stream.tell())):
        try:
            call()
            print(name, "worked")
        except ValueError:
            print(name, "ValueError")
