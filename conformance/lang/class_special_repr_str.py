# __repr__ and __str__.
class R:
    def __repr__(self):
        return 'R()'
class S:
    def __str__(self):
        return 'S as str'
    def __repr__(self):
        return 'S as repr'
print(R(), repr(R()), str(R()))
print(S(), repr(S()), str(S()), [S()])
print('%s %r' % (S(), S()))
print('{} {!r}'.format(S(), S()))
