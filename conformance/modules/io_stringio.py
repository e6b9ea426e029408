# StringIO: write, read, readline, getvalue, seek, tell, print(file=).
try:
    import uio as io
except ImportError:
    import io

s = io.StringIO()
print(repr(s.getvalue()), s.tell())
print(s.write("hello"), s.write(" "), s.write("world\n"))
print(repr(s.getvalue()), s.tell())
print(repr(s.read()))
print(s.seek(0), s.tell())
print(repr(s.read(5)), repr(s.read(1)), repr(s.read()), repr(s.read()))
s.seek(0)
print(repr(s.readline()), repr(s.readline()))

# Initial value: readable from the start.
s = io.StringIO("line one\nline two\nlast")
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(5)
print(repr(s.read(3)), s.tell())
print(repr(s.getvalue()))
print(repr(s.read(0)), repr(s.read(-1)))

# Writing in the middle overwrites; past the end extends.
s = io.StringIO("abcdef")
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
s.write("!")
print(repr(s.getvalue()), s.tell())
s.seek(1)
s.write("0123456789")
print(repr(s.getvalue()))

# print() to a StringIO.
out = io.StringIO()
print("a", 1, [2], file=out)
print("b", "c", sep="-", end="|", file=out)
print(file=out)
print(repr(out.getvalue()))

# Non-ASCII text counts characters.
u = io.StringIO()
print(u.write("h\u00e9llo \u20ac"), u.tell())
u.seek(0)
print(repr(u.read(2)), u.tell(), repr(u.read()))
u.seek(1)
u.write("E")
print(repr(u.getvalue()))

print(s.flush())
s.close()
s.close()
print("closed")
