print(str(), str(1), str(1.5), str([1, 'a']), str(None), str(b'ab'), str(str), str(True))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', 'ascii'), str(bytearray(b'xy'), 'utf-8'))
print(str(object)[:5], repr(str('a')))
class A:
    def __str__(self):
        return 'A!'
    def __repr__(self):
        return 'A?'
print(str(A()), repr(A()), [A()], '%s %r' % (A(), A()))
try:
    str(b'\xff', 'utf-8')
except UnicodeError as e:
    print('UnicodeError')
