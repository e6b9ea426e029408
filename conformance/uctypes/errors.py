# Misuse raises Python errors, never a crash.
try:
    import uctypes
except ImportError:
    print('SKIP')
    raise SystemExit

buf = bytearray(8)
a = uctypes.addressof(buf)
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: uctypes.struct(a, {'x': 'bad'}).x)
attempt(lambda: uctypes.struct(a, {'x': (1, 2, 3, 4)}).x)
attempt(lambda: uctypes.struct(a, {'x': ()}).x)
attempt(lambda: uctypes.struct(a, {'x': ('a', {})}).x)
attempt(lambda: uctypes.struct(a, {'x': (0, 5)}).x)
attempt(lambda: uctypes.struct(a, {'x': (uctypes.ARRAY | 0, 'n')}).x)
attempt(lambda: uctypes.struct(a, {'x': (uctypes.ARRAY | 0, uctypes.BFUINT8 | 2)}).x)
attempt(lambda: uctypes.struct(a, {'x': (uctypes.ARRAY | 0, -1, {})}).x)
attempt(lambda: uctypes.struct(a, {'x': (uctypes.PTR | 0, 'x')}).x)
attempt(lambda: uctypes.struct(a, {'x': 2**40}).x)
attempt(lambda: uctypes.struct(a, 5))
attempt(lambda: uctypes.struct(a, [1]))
attempt(lambda: uctypes.struct(a, (4, {})))
attempt(lambda: uctypes.struct(a, {}, 3))
attempt(lambda: uctypes.struct(a, {}, 'x'))
attempt(lambda: uctypes.struct('a', {}))
attempt(lambda: uctypes.struct(a))
attempt(lambda: uctypes.struct(a, {}, 0, 1))
attempt(lambda: uctypes.struct(2**80, {}))
attempt(lambda: uctypes.struct(a, {}).nothing)
attempt(lambda: uctypes.sizeof(None))
attempt(lambda: uctypes.bytes_at(a))
s = uctypes.struct(a, {'x': uctypes.UINT32 | 0, 's': (0, {'y': uctypes.UINT8 | 0})})
def set_x(v):
    s.x = v
    return s.x
attempt(lambda: set_x('3'))
attempt(lambda: set_x(None))
attempt(lambda: set_x(7))
def del_x():
    del s.x
attempt(del_x)
def set_s():
    s.s = 1
attempt(set_s)
def new_attr():
    s.other = 1
attempt(new_attr)
attempt(lambda: s[0])
# A descriptor that contains itself is caught, not recursed into forever.
loop = {}
loop['me'] = (0, loop)
attempt(lambda: uctypes.sizeof(loop))
# Keyword arguments.
print(uctypes.struct(a, {'x': uctypes.UINT8 | 0}, layout_type=uctypes.BIG_ENDIAN).x)
print(uctypes.struct(addr=a, descriptor={'x': uctypes.UINT8 | 0}).x)
print(buf)
