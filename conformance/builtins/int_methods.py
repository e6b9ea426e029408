print((5).bit_length(), (0).bit_length(), (-255).bit_length(), (2**100).bit_length())
print((10).real, (10).imag, (10).numerator, (10).denominator)
print((-5).conjugate())
print(int(), int(3.9), int(-3.9), int(True), int('7'))
print(int(1e20), int(-1e20), int(2.0**70))
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
print(int.__name__, type(5).__name__, type(2**100).__name__)
print(isinstance(True, int), issubclass(bool, int))
