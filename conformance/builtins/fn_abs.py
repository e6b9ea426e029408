print(abs(-5), abs(5), abs(0), abs(-2**100), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-True))
class A:
    def __abs__(self):
        return 'abs!'
print(abs(A()))
for v in ['a', None, [1]]:
    try:
        abs(v)
    except TypeError as e:
        print('TypeError:', e)
