class R:
    def __repr__(self):
        return 'R()'
print(repr([R(), (R(),), {R()}, {'k': R()}]), repr((1,)), repr(()), repr([[]]), repr({(): []}), repr('a"b\'c'))
print(repr(1.0), repr(-0.0), repr(1e-7), repr(123.0), repr(2**64), repr(True), repr(None), repr(...), repr(b"\x00'"), repr(bytearray()))
