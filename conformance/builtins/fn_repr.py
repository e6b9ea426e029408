print(repr(1), repr('a'), repr([1, 'b']), repr(None), repr(1.0), repr(b'x'), repr((1,)), repr({1: 'a'}), repr(set()), repr(frozenset()))
print(repr(range(3)), repr(slice(1, 2)), repr(1j), repr(Ellipsis), repr(NotImplemented), repr(bytearray(b'a')), repr({}))
class A:
    def __repr__(self):
        return '<A>'
print(repr(A()), repr([A()]), str(A()), '%r' % A(), '{!r}'.format(A()))
class B:
    def __repr__(self):
        return 5
try:
    repr(B())
except TypeError as e:
    print('TypeError')
print(repr(int), repr(str), repr(ValueError))
