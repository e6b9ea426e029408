print(round(0), round(5), round(-5), round(2**70), round(0.5), round(1.5), round(-1.5), round(2.5), round(3.14159, 3))
print(round(1234.5678, -2), round(-1234.5678, -1), round(12345, -10), round(15, -1), round(25, -1), round(-25, -1))
print(round(2.675, 2), round(0.285, 2), round(1e-10, 5), round(123.0, 400), round(123.456, -400))
class R:
    def __round__(self, n=None):
        return ('r', n)
print(round(R()), round(R(), 2))
for f in [lambda: round('a'), lambda: round(1.5, 'a'), lambda: round(float('inf')), lambda: round(float('nan'))]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__)
