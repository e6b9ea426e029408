# Subclasses of str, int, float and tuple: immutable values set by the constructor.


class Name(str):
    def shout(self):
        return self.upper() + '!'


n = Name('hi')
print(n, n.shout(), len(n), n + 'x', 'x' + n, n * 2, n[0], n[::-1])
print(n == 'hi', 'hi' == n, n < 'hj', hash(n) == hash('hi'), isinstance(n, str))
print('-'.join([n, n]), n.startswith('h'), 'i' in n, {n: 1}['hi'], {'hi': 2}[n])
print('%s|%r|{}'.format(n) % (n, n), str(n), repr(n), type(n).__name__)
print(n.split('i'), n.replace('h', 'H'), int(Name('42')) + 1, 'hi'.find(n))


class Money(int):
    def __repr__(self):
        return 'Money(%d)' % int(self)


m = Money(5)
print(m, repr(m), m + 1, 1 + m, m * 2, -m, m // 2, m % 3, m ** 2, m << 1)
print(m > 3, 3 < m, m == 5, 5 == m, list(range(m)), str(m), hash(m) == hash(5))
print(isinstance(m, int), int(m), float(m), abs(Money(-3)), [0] * Money(2), 'ab'[Money(1)])
print('%d %x' % (m, Money(255)), bin(m), hex(Money(16)), Money('12') + 0, Money('ff', 16))


class Celsius(float):
    def fahrenheit(self):
        return self * 9 / 5 + 32


t = Celsius(100)
print(t, t.fahrenheit(), t + 1, t == 100.0, t > 99, Celsius('2.5') * 2, round(Celsius(2.567), 2))


class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))

    def first(self):
        return self[0]


p = Pair((1, 2))
a, b = p
print(p, p.swap(), p.first(), a, b, len(p), p + (3,), p == (1, 2), hash(p) == hash((1, 2)))
print(type(p.swap()).__name__, isinstance(p, tuple), p.count(1), p.index(2), {p: 'ok'}[(1, 2)])


class Temp(int):
    def __new__(cls, value, unit='C'):
        self = super().__new__(cls, value)
        self.unit = unit
        return self


tt = Temp(20, 'F')
print(tt, tt.unit, tt + 1, Temp(5).unit)
